using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// The report's tables as rows of text, shared by the Markdown and HTML exporters so both say the same thing.
/// </summary>
public static class ReportTables
{
    /// <summary>A table; a <paramref name="Collapsed"/> one is long and for reference (folded away in HTML).</summary>
    public sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null, bool Collapsed = false);

    /// <summary>A platform's headline: its index sentence, the response-time crossings, and its actions' absolute times.</summary>
    public sealed record PlatformHeadline(string Heading, string Sentence, string Crossings, Table Times);

    /// <summary>The tables after the headlines and plots: the overview first, the long ones for reference after it.</summary>
    public static IReadOnlyList<Table> All(RunResult result) =>
        [Pivot(result), Index(result), .. Commands(result) is { } commands ? [commands] : Array.Empty<Table>(), Comparisons(result), Cells(result), Platforms(result), Disclosure(result)];

    /// <summary>
    /// Command workloads (real applications): per cell, the harness's launch overhead (the empty command under the
    /// platform's launcher), the first start that created the launch's state, and the cold and warm medians beside
    /// them, so that a short command is not misread. Null when the run has none.
    /// </summary>
    public static Table? Commands(RunResult result)
    {
        var cells = result.Cells.Where(c => c.ColdMeans is not null).ToList();
        if (cells.Count == 0)
        {
            return null;
        }

        return new Table(
            "Command workloads: launch overhead and first start",
            ["platform", "workload", "status", "launch overhead (empty command)", "first start (reported apart)", "cold", "warm median", "overhead share of warm"],
            cells.Select(c => Row(c.Platform, c.Workload, Words.Of(c.Status), Format.Ms(c.OverheadMedianNs), Format.Ms(c.FirstStartMedianNs), Format.Ms(c.ColdMedianNs), Format.Ms(c.MedianNs),
                c.OverheadMedianNs is { } overhead && c.MedianNs is { } warm && warm > 0 ? Format.Percent(overhead / warm) : "–")).ToList(),
            "Each timed invocation of a command is a whole process, timed by the host from start to exit. Launch overhead: the median of three runs of the empty command "
            + "(/bin/true) under the platform's launcher at the start of each launch, the harness's own process start and the emulator's start-up, medians over launches; "
            + "a warm median close to it measures little else. First start: the launch's first run of the application, which created its fresh user profile; it is never a sample. "
            + $"Cold: {string.Join("; ", cells.Select(c => c.ColdMeans!).Distinct())}. The program's architecture is read from its ELF header (a command cannot say what executed it).");
    }

    /// <summary>The run in one line: host, inputs, launches, when, and how many cells failed.</summary>
    public static string Summary(RunResult result)
    {
        var failed = result.Cells.Count(c => c.Status != CellStatus.Ok);
        return $"Host {result.Host.Platform} · {Words.Of(result.Suite.Size)} inputs · {result.Suite.Launches} launch(es) per cell · "
            + $"started {Format.Time(result.Started)} · finished {Format.Time(result.Finished)} · {result.Cells.Count - failed} of {result.Cells.Count} cells ok"
            + (failed > 0 ? $", {failed} crashed, timed out or incorrect" : "")
            + (Format.Machine(result.Host.Machine) is { Length: > 0 } machine ? $" · {machine}" : "");
    }

    public static IReadOnlyList<PlatformHeadline> Headlines(RunResult result) =>
        result.Index.Select(index =>
        {
            var actions = ResponseTimes.Of(result, index.Platform, index.Baseline);
            var times = new Table("Time per action", ["action", index.Baseline, index.Platform, "ratio", "crosses"],
                actions.Select(a => Row(a.Workload, Time(a.BaselineNs, a.BaselineStatus), Time(a.PlatformNs, a.PlatformStatus), Format.Ratio(a.Ratio),
                    a.Crossed is { } l ? $"{Format.Seconds(l.Seconds)} limit" : "")).ToList(),
                "Warm medians (app-start: process start to ready); ratio: the paired estimate of Slowdown per workload; crosses: the highest response-time limit (0.1 s, 1 s, 10 s) the action now reaches and stayed under on the baseline.");
            return new PlatformHeadline($"{index.Platform} against {index.Baseline}{(index.AcrossMachines ? " (different machines)" : "")}", Headline(index), ResponseTimes.Sentence(actions), times);
        }).ToList();

    /// <summary>Workloads × platforms: each platform's ratio against its baseline, or its cell's status where it has none.</summary>
    public static Table Pivot(RunResult result)
    {
        var platforms = result.Platforms.Where(p => p.Baseline is not null && result.Comparisons.Any(c => c.Platform == p.Name)).ToList();
        var rows = result.Suite.Weights.Keys.Select(w => (IReadOnlyList<string>)new[] { w }.Concat(platforms.Select(p =>
            result.AgainstBaseline(p, w) switch
            {
                { Comparison: { } c } => Format.Ratio(c.Ratio) + Marker(c.Verdict),
                { Failure: { } failure } => failure,
                _ => "–",
            })).ToList()).ToList();
        return new Table("Slowdown at a glance", ["workload", .. platforms.Select(p => $"{p.Name} ÷ {p.Baseline}")], rows,
            "Warm ratio of each platform to its baseline (× its time); a cell without a ratio shows why. Marked: * slower or faster than the baseline beyond doubt, ≈ equivalent, ? inconclusive (see Slowdown per workload).");
    }

    private static string Marker(Verdict verdict) => verdict switch
    {
        Verdict.Slower or Verdict.Faster => " *",
        Verdict.Equivalent => " ≈",
        Verdict.Inconclusive => " ?",
        _ => "",
    };

    private static string Time(double? ns, CellStatus? status) => ns is { } v ? Format.Ms(v) : status is { } s && s != CellStatus.Ok ? Words.Of(s) : "–";

    /// <summary>
    /// One index in a sentence: the office-day slowdown and the geometric-mean score, each under its own name and
    /// with its interval (and what the interval covers), the coverage and failures, and the years as a model's range.
    /// </summary>
    public static string Headline(IndexResult index)
    {
        var scope = index.IntervalScope == IntervalScope.WithinProcess ? " (intervals within one process only: more launches needed to see between processes)" : "";
        var coverage = index.Complete
            ? $"complete: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads"
            : $"INCOMPLETE: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads, {Format.Percent(index.Coverage)} of the weight, {Plural(index.Failed, "workload")} failed";
        var common = index.Common is not { } c || c.Workloads == index.WorkloadsInSuite ? ""
            : c.Workloads == index.WorkloadsCovered ? $"; its workloads are the {c.Workloads} common to every platform of the run"
            : $"; on the {c.Workloads} workloads common to every platform of the run: office day {Figure(c.OfficeDay)}, score {Figure(c.Score)}";
        var years = index.YearsLost is { } y && index.YearsLostFewest is { } fewest && index.YearsLostMost is { } most
            ? $"; read through a model of hardware progress, {YearsRange(fewest, most)} of single-thread progress lost ({Format.Years(y)} at the table's own rates)"
            : "";
        var across = index.AcrossMachines ? " (a comparison of DIFFERENT MACHINES, named by the user: it measures the machines as much as the emulator)" : "";
        return $"{index.Platform} against {index.Baseline}{across}: an office day takes {Figure(index.OfficeDay)} as long; geometric-mean score {Format.Ratio(index.Value)} "
            + $"{Format.RatioInterval(index.CiLower, index.CiUpper)}{scope} — {coverage}{common}{years}";
    }

    public static Table Index(RunResult result) => new(
        "Productivity regression index",
        ["platform", "baseline", "office-day slowdown", "95% CI", "geometric-mean score", "95% CI", "interval covers", "workloads", "failed",
            $"common {result.CommonWorkloads.Count}: office day", "common: score", "years lost (model)", "start-up score (cold)", "95% CI"],
        result.Index.Select(i => Row(i.Platform, i.AcrossMachines ? $"{i.Baseline} (another machine)" : i.Baseline, Format.Ratio(i.OfficeDay.Value), Format.RatioInterval(i.OfficeDay.CiLower, i.OfficeDay.CiUpper),
            Format.Ratio(i.Value), Format.RatioInterval(i.CiLower, i.CiUpper), Covers(i),
            i.Complete ? $"{i.WorkloadsCovered} of {i.WorkloadsInSuite}" : $"{i.WorkloadsCovered} of {i.WorkloadsInSuite} (incomplete, {Format.Percent(i.Coverage)} of the weight)",
            Count(i.Failed), i.Common is { } c ? Figure(c.OfficeDay) : "–", i.Common is { } d ? Figure(d.Score) : "–",
            i.YearsLostFewest is { } fewest && i.YearsLostMost is { } most ? YearsRange(fewest, most) : "–",
            Format.Ratio(i.ColdValue), Format.RatioInterval(i.ColdCiLower, i.ColdCiUpper))).ToList(),
        "Office-day slowdown: Σ weight × ratio, the weights being the suite's office-day time shares on the baseline — an hour of office work takes that many hours; "
        + "this is the productivity claim. Geometric-mean score: the weighted geometric mean of the same ratios (SPEC-style, the same whichever platform is the reference): rank platforms by it. "
        + "95% intervals: Student's t over the rounds taken as clusters (a round's processes of every workload together); with one round, the delta method on each ratio's within-process error, which does not cover differences between processes. "
        + $"An incomplete index leaves out workloads that failed; the common columns are over the {result.CommonWorkloads.Count} workloads every platform completed: compare platforms there. "
        + "The start-up score takes each workload's first invocation in a fresh process (app-start: every process start). 1.00× means no slowdown. "
        + (result.Progress is { } p
            ? $"Years lost: how much older single-thread hardware was as slow as the office-day slowdown says, from {p.Name} (reference year {p.ReferenceYear}; {p.Source}), "
              + "over the table's range of plausible growth for the years it assumes; a model, not a measurement, and one built on processor benchmarks (SPECint) that say little about I/O-bound actions. Never negative."
            : ""));

    public static Table Comparisons(RunResult result) => new(
        "Slowdown per workload",
        ["workload", "platform", "baseline", "warm ratio", "95% CI", "rounds", "p (rounds, adjusted)", "Mann-Whitney p", "verdict", "why", "cold ratio", "start-up ratio"],
        result.Comparisons.OrderBy(c => c.Workload, StringComparer.Ordinal).ThenBy(c => c.Platform, StringComparer.Ordinal)
            .Select(c => Row(c.Workload, c.Platform, c.AcrossMachines ? $"{c.Baseline} (another machine)" : c.Baseline, Format.Ratio(c.Ratio), Format.RatioInterval(c.CiLower, c.CiUpper), Count(c.Rounds),
                Format.PValue(c.AdjustedPValue), Format.PValue(c.PValue), Words.Of(c.Verdict), c.Reason ?? "", Format.Ratio(c.ColdRatio), Format.Ratio(c.StartupRatio)))
            .ToList(),
        "Ratio of Harrell-Davis medians (platform ÷ baseline), paired round by round: each round runs one fresh process of each platform back to back, "
        + "and the interval is Student's t over the rounds' ratios (one round: the two medians' own intervals, which do not cover differences between processes). "
        + $"Verdict, decided over the run's {result.Comparisons.Count} comparisons together: inconclusive below {Analysis.ComparisonVerdict.MinimumRounds} rounds; slower/faster when the rounds' p-value, adjusted over every comparison of the run (Benjamini-Hochberg), and the Mann-Whitney p of the pooled samples are both below 0.05; "
        + $"otherwise equivalent when the 90% interval lies within ±{Format.Percent(result.Suite.EquivalenceMargin)} (two one-sided tests at 0.05); inconclusive otherwise, with the reason. "
        + "Cold is the first invocation in a fresh process, start-up is process start to the probe's first line.", Collapsed: true);

    public static Table Cells(RunResult result) => new(
        "Cells",
        ["platform", "workload", "status", "ran as", "attempts", "warm median", "95% CI (within process)", $"precision between processes (target ±{Format.Percent(result.Suite.TargetRelativeHalfWidth)})", "samples", "dispersion (IQR)", "outliers", "modes", "cold", "start-up", "checksum"],
        result.Cells.Select(c => Row(c.Platform, c.Workload, c.Error is null ? Words.Of(c.Status) : $"{Words.Of(c.Status)}: {c.Error}", c.Arch is null ? "–" : $"{c.Os}/{c.Arch}",
            Count(c.Attempts), Format.Ms(c.MedianNs), Format.MsInterval(c.CiLowerNs, c.CiUpperNs),
            c.LaunchPrecision is { } h ? $"±{Format.Percent(h)}" : c.Warm?.RelativeHalfWidth is { } within ? $"one process: ±{Format.Percent(within)} within it" : "–",
            Count(c.SamplesNs.Count), c.Warm is { } w ? Format.Percent(w.RelativeIqr) : "–", Count(c.Warm?.OutliersNs.Count ?? 0),
            c.Warm is { Multimodal: true } m ? $"{m.Modes} (multimodal)" : c.Warm is null ? "–" : "1",
            Format.Ms(c.ColdMedianNs), Format.Ms(c.StartupMedianNs), c.Checksum ?? "–")).ToList(),
        "95% CI (within process): the Maritz-Jarrett interval of the median of the pooled samples, which treats samples of different processes as independent. "
        + $"Precision between processes: half the 95% t interval of the launches' medians over their geometric mean — what another run would likely give; the suite's target is ±{Format.Percent(result.Suite.TargetRelativeHalfWidth)}. "
        + "Dispersion: interquartile range over the median. Outliers: beyond Tukey's fences, flagged and kept. Modes: Lowland detector, from ten samples.", Collapsed: true);

    public static Table Platforms(RunResult result) => new(
        "Platforms",
        ["platform", "target", "launcher", "environment", "baseline", "status", "emulator version", "runtime", "besides the emulator"],
        result.Platforms.Select(p => Row(p.Name, p.Target, p.Launcher.Count == 0 ? "(native)" : string.Join(' ', p.Launcher),
            p.Environment.Count == 0 ? "–" : string.Join(' ', p.Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")), p.Baseline ?? "–",
            p.Reason is null ? Words.Of(p.Status) : $"{Words.Of(p.Status)}: {p.Reason}", p.Version ?? "–", p.Runtime ?? "–",
            p.BesidesTheEmulator.Count == 0 ? "–" : string.Join(' ', p.BesidesTheEmulator))).ToList(),
        "Besides the emulator: what else differs from the baseline, read from the two probe builds; the ratio measures it too.");

    /// <summary>
    /// Full disclosure: the machine, the software and the build the numbers were measured on and with; with several
    /// machines (remote hosts, a merge), one column per machine.
    /// </summary>
    public static Table Disclosure(RunResult result)
    {
        var machines = result.Machines.Count > 1 ? result.Machines
            : [new MachineEntry { Name = "", Runtime = result.Host.Platform, Machine = result.Host.Machine }];
        string[] Across(string what, Func<MachineEntry, string> value) => [what, .. machines.Select(value)];
        var rows = new List<string[]>
        {
            Across("host", e => e.Runtime ?? "–"),
            Across("CPU", e => e.Machine is not { } m ? Unrecorded(e) : $"{m.CpuModel ?? "–"}, {Count(m.Cores)} cores{(m.CpuFlags.Count > 0 ? "; " + string.Join(' ', m.CpuFlags) : "")}"),
            Across("memory", e => e.Machine?.MemoryBytes is { } bytes ? (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " GiB" : Unrecorded(e)),
            Across("operating system", e => e.Machine is not { } m ? Unrecorded(e) : $"{m.Os ?? "–"}, kernel {m.Kernel ?? "–"}"),
            Across("virtual machine", e => e.Machine is not { } m ? Unrecorded(e) : m.VirtualMachine ?? "none detected"),
            Across("container", e => e.Machine is not { } m ? Unrecorded(e) : m.Container ?? "none detected"),
            Across("file systems", e => e.Machine is not { } m || m.FileSystems.Count == 0 ? Unrecorded(e) : string.Join("; ", m.FileSystems.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"))),
            Across(".NET", e => e.Remote ? "– (the probes are self-contained)" : e.Machine is not { } m ? Unrecorded(e) : $"SDK {m.DotnetSdk ?? "–"}, harness runtime {m.DotnetRuntime ?? "–"}"),
            Across("BenchHarness", e => e.Remote ? "driven over ssh" : e.Machine?.Harness is { } h ? h + (e.Machine.HarnessDirty switch { true => " with uncommitted changes", false => " (clean tree)", null => "" }) : Unrecorded(e)),
            Across("probe builds (SHA-256)", e => e.Machine is not { } m || m.ProbeBuilds.Count == 0 ? Unrecorded(e) : string.Join("; ", m.ProbeBuilds.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key} {b.Value}"))),
        };
        if (machines.Count > 1)
        {
            rows.Insert(0, Across("machine", e => (e.Remote ? "remote host, over ssh" : e.Source is { } source ? $"run {source}" : "ran the harness") + (e.Machine?.Name is { } n && n != e.Name ? $" ({n})" : "")));
            rows.Add(Across("platforms", e => e.Platforms.Count == 0 ? "–" : string.Join(", ", e.Platforms)));
        }

        rows.Add(["suite", $"{result.Suite.Name}{(result.Suite.FileSha256 is { } f ? $" (file SHA-256 {f})" : "")}: {Words.Of(result.Suite.Size)} inputs, seed {(result.Suite.Seed is { } seed ? Count(seed) : "–")}, {Count(result.Suite.Launches)} launches per cell, up to {Count(result.Suite.Iterations)} warm iterations", .. machines.Skip(1).Select(_ => "same")]);
        rows.Add(["time", $"started {Format.Time(result.Started)}, last launch ended {Format.Time(result.Finished)}", .. machines.Skip(1).Select(e => e.Started is { } t && t != result.Started ? $"started {Format.Time(t)}" : "same")]);
        return new Table("Disclosure", machines.Count > 1 ? ["what", .. machines.Select(e => e.Name)] : ["what", "value"], rows,
            machines.Count > 1
                ? "The machines, software and builds these numbers were measured on and with, recorded when each run started, one column per machine; a ratio is taken within one machine unless its comparison says it is across machines. Each platform's launcher, environment and version are in Platforms."
                : "The machine, software and build these numbers were measured on and with, recorded when the run started; each platform's launcher, environment and version are in Platforms.");
    }

    private static string Unrecorded(MachineEntry machine) => machine.Unreachable is not null ? "not reached" : "not recorded";

    private static string Figure(IndexFigure figure) =>
        figure.CiLower is null ? Format.Ratio(figure.Value) : $"{Format.Ratio(figure.Value)} {Format.RatioInterval(figure.CiLower, figure.CiUpper)}";

    private static string Covers(IndexResult index) => index.IntervalScope switch
    {
        IntervalScope.BetweenProcesses => $"between processes ({Count(index.Rounds)} rounds)",
        IntervalScope.WithinProcess => "within one process only",
        _ => "–",
    };

    /// <summary>"20–21 years", or "23 years" when both ends round to the same whole year.</summary>
    internal static string YearsRange(double fewest, double most) =>
        Format.YearsBare(fewest) == Format.YearsBare(most) ? Format.Years(most) : $"{Format.YearsBare(fewest)}–{Format.Years(most)}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{Count(count)} {noun}s";

    private static string[] Row(params string[] cells) => cells;

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
