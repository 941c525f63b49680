using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// The report's tables as rows of text, shared by the Markdown and HTML exporters so both say the same thing.
/// </summary>
public static class ReportTables
{
    public sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null);

    public static IReadOnlyList<Table> All(RunResult result) => [Index(result), Comparisons(result), Cells(result), Platforms(result)];

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
        return $"{index.Platform} against {index.Baseline}: an office day takes {Figure(index.OfficeDay)} as long; geometric-mean score {Format.Ratio(index.Value)} "
            + $"{Format.RatioInterval(index.CiLower, index.CiUpper)}{scope} — {coverage}{common}{years}";
    }

    public static Table Index(RunResult result) => new(
        "Productivity regression index",
        ["platform", "baseline", "office-day slowdown", "95% CI", "geometric-mean score", "95% CI", "interval covers", "workloads", "failed",
            $"common {result.CommonWorkloads.Count}: office day", "common: score", "years lost (model)", "start-up score (cold)", "95% CI"],
        result.Index.Select(i => Row(i.Platform, i.Baseline, Format.Ratio(i.OfficeDay.Value), Format.RatioInterval(i.OfficeDay.CiLower, i.OfficeDay.CiUpper),
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
            .Select(c => Row(c.Workload, c.Platform, c.Baseline, Format.Ratio(c.Ratio), Format.RatioInterval(c.CiLower, c.CiUpper), Count(c.Rounds),
                Format.PValue(c.AdjustedPValue), Format.PValue(c.PValue), Words.Of(c.Verdict), c.Reason ?? "", Format.Ratio(c.ColdRatio), Format.Ratio(c.StartupRatio)))
            .ToList(),
        "Ratio of Harrell-Davis medians (platform ÷ baseline), paired round by round: each round runs one fresh process of each platform back to back, "
        + "and the interval is Student's t over the rounds' ratios (one round: the two medians' own intervals, which do not cover differences between processes). "
        + $"Verdict, decided over the run's {result.Comparisons.Count} comparisons together: inconclusive below {Analysis.ComparisonVerdict.MinimumRounds} rounds; slower/faster when the rounds' p-value, adjusted over every comparison of the run (Benjamini-Hochberg), and the Mann-Whitney p of the pooled samples are both below 0.05; "
        + $"otherwise equivalent when the 90% interval lies within ±{Format.Percent(result.Suite.EquivalenceMargin)} (two one-sided tests at 0.05); inconclusive otherwise, with the reason. "
        + "Cold is the first invocation in a fresh process, start-up is process start to the probe's first line.");

    public static Table Cells(RunResult result) => new(
        "Cells",
        ["platform", "workload", "status", "ran as", "attempts", "warm median", "95% CI (within process)", "precision between processes", "samples", "dispersion (IQR)", "outliers", "modes", "cold", "start-up", "checksum"],
        result.Cells.Select(c => Row(c.Platform, c.Workload, c.Error is null ? Words.Of(c.Status) : $"{Words.Of(c.Status)}: {c.Error}", c.Arch is null ? "–" : $"{c.Os}/{c.Arch}",
            Count(c.Attempts), Format.Ms(c.MedianNs), Format.MsInterval(c.CiLowerNs, c.CiUpperNs),
            c.LaunchPrecision is { } h ? $"±{Format.Percent(h)}{(c.TargetMet == true ? "" : " (target missed)")}" : c.Warm?.RelativeHalfWidth is { } within ? $"one process: ±{Format.Percent(within)} within it" : "–",
            Count(c.SamplesNs.Count), c.Warm is { } w ? Format.Percent(w.RelativeIqr) : "–", Count(c.Warm?.OutliersNs.Count ?? 0),
            c.Warm is { Multimodal: true } m ? $"{m.Modes} (multimodal)" : c.Warm is null ? "–" : "1",
            Format.Ms(c.ColdMedianNs), Format.Ms(c.StartupMedianNs), c.Checksum ?? "–")).ToList(),
        "95% CI (within process): the Maritz-Jarrett interval of the median of the pooled samples, which treats samples of different processes as independent. "
        + $"Precision between processes: half the 95% t interval of the launches' medians over their geometric mean — what another run would likely give; the suite's target is ±{Format.Percent(result.Suite.TargetRelativeHalfWidth)}. "
        + "Dispersion: interquartile range over the median. Outliers: beyond Tukey's fences, flagged and kept. Modes: Lowland detector, from ten samples.");

    public static Table Platforms(RunResult result) => new(
        "Platforms",
        ["platform", "target", "launcher", "baseline", "status", "emulator version", "runtime"],
        result.Platforms.Select(p => Row(p.Name, p.Target, p.Launcher.Count == 0 ? "(native)" : string.Join(' ', p.Launcher), p.Baseline ?? "–",
            p.Reason is null ? Words.Of(p.Status) : $"{Words.Of(p.Status)}: {p.Reason}", p.Version ?? "–", p.Runtime ?? "–")).ToList());

    private static string Figure(IndexFigure figure) =>
        figure.CiLower is null ? Format.Ratio(figure.Value) : $"{Format.Ratio(figure.Value)} {Format.RatioInterval(figure.CiLower, figure.CiUpper)}";

    private static string Covers(IndexResult index) => index.IntervalScope switch
    {
        IntervalScope.BetweenProcesses => $"between processes ({Count(index.Rounds)} rounds)",
        IntervalScope.WithinProcess => "within one process only",
        _ => "–",
    };

    private static string YearsRange(double fewest, double most) => $"{Format.YearsBare(fewest)}–{Format.Years(most)}";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{Count(count)} {noun}s";

    private static string[] Row(params string[] cells) => cells;

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
