using BenchHarness.Core.Model;
using BenchHarness.Core.Reports.Columns;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>The headline of each platform: its index in a sentence, the response-time crossings, and its actions' absolute times.</summary>
public static partial class ReportTables
{
    /// <summary>A platform's headline: its index sentence, the response-time crossings, and its actions' absolute times.</summary>
    public sealed record PlatformHeadline(string Heading, string Sentence, string Crossings, Table Times);

    public static IReadOnlyList<PlatformHeadline> Headlines(RunResult result) =>
        result.Index.Select(index =>
        {
            const string title = "Time per action";
            var actions = ResponseTimes.Of(result, index.Platform, index.Baseline);
            var times = new Table(title, ["action", index.Baseline, index.Platform, "ratio", "crosses"],
                actions.Select(a => (IReadOnlyList<string>)[a.Workload, Time(a.BaselineNs, a.BaselineStatus), Time(a.PlatformNs, a.PlatformStatus), Format.Ratio(a.Ratio), a.Entry]).ToList(),
                Legends.Caption(title));
            return new PlatformHeadline($"{index.Platform} against {index.Baseline}{(index.AcrossMachines ? " (different machines)" : "")}", Headline(index), ResponseTimes.Sentence(actions), times);
        }).ToList();

    private static string Time(double? ns, CellStatus? status) => ns is { } v ? Format.Ms(v) : status is { } s && s != CellStatus.Ok ? Words.Of(s) : "–";

    /// <summary>
    /// One index in a sentence: the office-day slowdown and the geometric-mean score, each under its own name and
    /// with its interval (and what the interval covers), the coverage and failures, and the years as a model's range.
    /// </summary>
    public static string Headline(IndexResult index)
    {
        var scope = index.IntervalScope switch
        {
            IntervalScope.WithinProcess => " (intervals within one process only: more launches needed to see between processes)",
            IntervalScope.BetweenProcesses when index.Rounds <= Analysis.IndexEstimator.FewRounds => $" (intervals from only {index.Rounds} rounds of fresh processes: rough)",
            _ => "",
        };
        var coverage = index.Complete
            ? $"complete: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads"
            : $"INCOMPLETE: {index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads, {Percent.Text(index.Coverage)} of the weight, {Plural(index.Failed, "workload")} failed";
        var common = index.Common is not { } c || c.Workloads == index.WorkloadsInSuite ? ""
            : c.Workloads == index.WorkloadsCovered ? $"; its workloads are the {c.Workloads} common to every platform of the run"
            : $"; on the {c.Workloads} workloads common to every platform of the run: office day {Format.Figure(c.OfficeDay)}, score {Format.Figure(c.Score)}";
        var years = index.YearsLost is { } y && index.YearsLostFewest is { } fewest && index.YearsLostMost is { } most
            ? $"; read through a model of hardware progress, {Format.YearsRange(fewest, most)} of single-thread progress lost ({Format.Years(y)} at the table's own rates)"
            : "";
        var across = index.AcrossMachines ? " (a comparison of DIFFERENT MACHINES, named by the user: it measures the machines as much as the emulator)" : "";
        return $"{index.Platform} against {index.Baseline}{across}: an office day takes {Format.Figure(index.OfficeDay)} as long; geometric-mean score {Format.Ratio(index.Value)} "
            + $"{Format.RatioInterval(index.CiLower, index.CiUpper)}{scope} — {coverage}{common}{years}";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{Format.Count(count)} {noun}s";
}
