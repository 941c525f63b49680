using BenchHarness.Core.Model;
using BenchHarness.Core.Reports.Columns;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>The headline of each platform: its index in a sentence, the response-time crossings, and its actions' absolute times.</summary>
public static partial class ReportTables
{
    /// <summary>A platform's headline: its index in one short sentence, the rest of it in brief, the response-time crossings, and its actions' absolute times.</summary>
    public sealed record PlatformHeadline(string Heading, string Sentence, Table Brief, string Crossings, Table Times);

    /// <summary>Each platform's section, in the order of the table at a glance: complete ones first, then the slowest first.</summary>
    public static IReadOnlyList<PlatformHeadline> Headlines(RunResult result) =>
        ReadingOrder(result).Select(index =>
        {
            var counts = MeasureWords.Of(index.Measure).Counts;
            var title = counts ? "Host instructions per action" : "Time per action";
            var actions = ResponseTimes.Of(result, index.Platform, index.Baseline);
            // Counts cross no response-time limit: their table has no "crosses" column.
            var times = new Table(title, ["action", index.Baseline, index.Platform, "ratio [95% CI]", .. counts ? Array.Empty<string>() : ["crosses"]],
                actions.Select(a => (IReadOnlyList<string>)[a.Workload, Time(a.BaselineNs, a.BaselineStatus, index.Measure), Time(a.PlatformNs, a.PlatformStatus, index.Measure), (a.Ratio is { } r ? Format.Figure(new IndexFigure { Value = r, CiLower = a.RatioLower, CiUpper = a.RatioUpper }) : "–") + (a.MediansDisagree ? " †" : ""), .. counts ? Array.Empty<string>() : [a.Entry]]).ToList(),
                Legends.Caption(title, new Dictionary<string, string?>
                {
                    ["startup"] = StartUpWorkloads(result),
                    ["disagree"] = actions.Where(a => a.MediansDisagree).Select(a => a.Workload).ToList() is { Count: > 0 } odd ? string.Join(", ", odd) : null,
                }));
            return new PlatformHeadline($"{index.Platform} against {index.Baseline}{(index.AcrossMachines ? " (different machines)" : "")}", Brief(index),
                InBrief(result, index), counts ? "" : ResponseTimes.Sentence(actions), times);
        }).ToList();

    /// <summary>The office-day slowdown in one sentence, with what its interval covers and whether it is complete.</summary>
    public static string Brief(IndexResult index) =>
        $"{index.Platform} against {index.Baseline}{(index.AcrossMachines ? " (DIFFERENT MACHINES)" : "")}: {Format.OfficeDay(index.OfficeDay, index.Measure)}{Scope(index)}"
        + (index.Complete ? "." : $" — INCOMPLETE: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads, {Plural(index.Failed, "workload")} failed.");

    /// <summary>The rest of a platform's index, and what differs besides the emulator, as a small table of two columns.</summary>
    private static Table InBrief(RunResult result, IndexResult index)
    {
        var platform = result.Platforms.FirstOrDefault(p => p.Name == index.Platform);
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "geometric-mean score", Format.Figure(new IndexFigure { Value = index.Value, CiLower = index.CiLower, CiUpper = index.CiUpper }) },
            new[] { "workloads", index.Complete ? $"{index.WorkloadsCovered} of {index.WorkloadsInSuite}, none failed"
                : $"{index.WorkloadsCovered} of {index.WorkloadsInSuite} ({Percent.Text(index.Coverage)} of the weight), {Plural(index.Failed, "workload")} failed" },
        };
        if (index.Common is { } c && c.Workloads != index.WorkloadsInSuite && c.Workloads != index.WorkloadsCovered)
        {
            rows.Add([$"on the {Counted.Of(c.Workloads, "workload", "workloads")} common to every platform", $"office day {Format.Figure(c.OfficeDay)}, score {Format.Figure(c.Score)}"]);
        }

        if (index.YearsLostFewest is { } fewest && index.YearsLostMost is { } most)
        {
            rows.Add(["years of single-thread progress lost (a model)", $"{Format.YearsRange(fewest, most)} ({Format.Years(index.YearsLost ?? most)} at the table's own rates)"]);
        }

        foreach (var anomaly in platform?.Anomalies ?? [])
        {
            rows.Add(["anomaly", anomaly]);
        }

        if (platform is { BesidesTheEmulator.Count: > 0 } && index.Baseline == platform.Baseline)
        {
            rows.Add(["besides the emulator", string.Join(' ', platform.BesidesTheEmulator)]);
        }

        return new Table("In brief", ["", index.Platform], rows);
    }

    /// <summary>The claim's headline: the sentence in the claim's own words, and what its platform stands in for (null when it is the real thing).</summary>
    public sealed record ClaimHeadline(string Sentence, string? Proxy);

    /// <summary>
    /// Each platform that answers the claim (<see cref="PlatformResult.Claim"/>), in the claim's words: how much longer
    /// the office day takes against native software, the years the model reads into it, which comparison and workloads
    /// it comes from and how many failed, and the same platform against its other comparisons (Wine alone: the
    /// translator's share).
    /// </summary>
    public static IReadOnlyList<ClaimHeadline> Claims(RunResult result) =>
        result.Platforms.Where(p => p.Claim is not null && !MeasureWords.Of(result.Suite.Measure).Counts && p.Baseline is not null && result.Platforms.Any(b => b.Name == p.Baseline)).Select(p =>
        {
            var claim = p.Claim!;
            var index = result.Index.FirstOrDefault(i => i.Platform == p.Name && i.Baseline == p.Baseline);
            if (index is null)
            {
                var why = p.Status != PlatformStatus.Available ? $"{p.Name} was {Words.Of(p.Status)}{(p.Reason is null ? "" : $" ({p.Reason})")}" : $"{p.Name} has no ratio against {p.Baseline}";
                return new ClaimHeadline($"{claim.Subject}: not measured in this run — {why}.", claim.Proxy);
            }

            var years = index.YearsLostFewest is { } fewest && index.YearsLostMost is { } most
                ? $"; read through a model of hardware progress, {Format.YearsRange(fewest, most)} of single-thread progress lost" : "";
            var coverage = index.Complete
                ? $"{index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads, none failed"
                : $"INCOMPLETE: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads, {Percent.Text(index.Coverage)} of the weight, {Plural(index.Failed, "workload")} failed";
            var others = result.Index.Where(i => i.Platform == p.Name && i.Baseline != p.Baseline)
                .Select(i => $"; against {i.Baseline} alone, {Format.Figure(i.OfficeDay)}").ToList();
            return new ClaimHeadline(
                $"{claim.Subject} takes {Format.Figure(index.OfficeDay)} as long as natively{Scope(index)}{years} ({p.Name} against {index.Baseline}: an office day over {coverage}{string.Concat(others)}).",
                claim.Proxy);
        }).ToList();

    /// <summary>The workloads timed from process start to ready (app-start), joined; null when the suite has none.</summary>
    private static string? StartUpWorkloads(RunResult result) =>
        result.Cells.Where(c => c.MeasuresStartUp).Select(c => c.Workload).Distinct().ToList() is { Count: > 0 } names ? string.Join(", ", names) : null;

    private static string Time(double? ns, CellStatus? status, MeasureKind? measure) => ns is { } v ? Format.Amount(v, measure) : status is { } s && s != CellStatus.Ok ? Words.Of(s) : "–";

    /// <summary>
    /// One index in a sentence: the office-day slowdown and the geometric-mean score, each under its own name and
    /// with its interval (and what the interval covers), the coverage and failures, and the years as a model's range.
    /// </summary>
    public static string Headline(IndexResult index)
    {
        var scope = Scope(index);
        var coverage = index.Complete
            ? $"complete: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads"
            : $"INCOMPLETE: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads, {Percent.Text(index.Coverage)} of the weight, {Plural(index.Failed, "workload")} failed";
        var common = index.Common is not { } c || c.Workloads == index.WorkloadsInSuite ? ""
            : c.Workloads == index.WorkloadsCovered ? $"; its workloads are the {c.Workloads} common to every platform of the run"
            : $"; on the {Counted.Of(c.Workloads, "workload", "workloads")} common to every platform of the run: office day {Format.Figure(c.OfficeDay)}, score {Format.Figure(c.Score)}";
        var years = index.YearsLost is { } y && index.YearsLostFewest is { } fewest && index.YearsLostMost is { } most
            ? $"; read through a model of hardware progress, {Format.YearsRange(fewest, most)} of single-thread progress lost ({Format.Years(y)} at the table's own rates)"
            : "";
        var across = index.AcrossMachines ? " (a comparison of DIFFERENT MACHINES, named by the user: it measures the machines as much as the emulator)" : "";
        return $"{index.Platform} against {index.Baseline}{across}: {Format.OfficeDay(index.OfficeDay, index.Measure)}; geometric-mean score {Format.Ratio(index.Value)} "
            + $"{Format.RatioInterval(index.CiLower, index.CiUpper)}{scope} — {coverage}{common}{years}";
    }

    /// <summary>What the intervals cover, when that is less than they seem to: within one process, or only a few rounds.</summary>
    private static string Scope(IndexResult index) => index.IntervalScope switch
    {
        IntervalScope.WithinProcess => " (intervals within one process only: more launches needed to see between processes)",
        IntervalScope.BetweenProcesses when index.Rounds <= Analysis.IndexEstimator.FewRounds => $" (intervals from only {index.Rounds} rounds of fresh processes: rough)",
        _ => "",
    };

    private static string Plural(int count, string noun) => Counted.Of(count, noun, noun + "s");
}
