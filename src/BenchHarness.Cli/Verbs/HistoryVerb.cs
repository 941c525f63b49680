using System.CommandLine;
using BenchHarness.Core.History;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using BenchHarness.Plots;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>history DIR… --out DIR</c>: trends across runs of successive builds, their steps, a page that links them.</summary>
internal static class HistoryVerb
{
    private static readonly Argument<string[]> Runs = CommandLine.Folders("The runs of successive builds, in build order (oldest build first), as given: not sorted by when they ran.");
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "Where history.html, history.json and the plots go.");
    private static readonly Option<string[]> Aa = CommandLine.Repeatable("--aa", "DIR", "An A/A run of this machine (the same builds as a run of the history, like for like with it); give two or more, or no step can be judged.");
    private static readonly Option<string> ThresholdOption = CommandLine.Single("--threshold", "PERCENT", "The change between two runs that counts as a step, e.g. 5% or 0.05. Default: 5%.");

    public static Command Command()
    {
        var command = new Command("history", """
            Trends across runs of successive builds, in the order given (build order, not the order they ran in): a plot per
            platform and workload, the steps between consecutive runs (named with their run and emulator version),
            history.html, history.json.
            """)
        {
            Runs, Out, Aa, ThresholdOption,
        };
        command.SetAction(Execute);
        return command;
    }

    private static int Execute(ParseResult arguments)
    {
        var output = arguments.GetValue(Out) ?? throw new BadInputException(BadInputKind.BadArgument, "history: give --out DIR for the trend page and plots.");
        var runs = (arguments.GetValue(Runs) ?? []).Select(d => (d, ResultFile.Read(d))).ToList();
        var aa = arguments.Many(Aa).Select(d => (Folder: d, Run: ResultFile.Read(d))).ToList();
        foreach (var (folder, run) in aa)
        {
            if (runs.Count > 0 && Core.Compare.LikeForLike.Differences(runs[0].Item2, run) is { Count: > 0 } unlike)
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, folder, $"history: the A/A run {folder} is not like for like with {runs[0].d} — {string.Join("; ", unlike)}.");
            }
        }

        var history = HistoryBuilder.Build(runs, aa.Select(a => a.Run).ToList(), CompareVerb.Threshold(arguments.GetValue(ThresholdOption)));
        ExportWriter.Save(output, TrendChart.Export(history)
            .Append(new ExportedFile("history.html", System.Text.Encoding.UTF8.GetBytes(HistoryReport.Html(history))))
            .Append(new ExportedFile("history.json", HistoryReport.Json(history))));
        foreach (var trend in history.Trends)
        {
            foreach (var step in trend.Steps)
            {
                Console.WriteLine($"step: {trend.Platform} against {trend.Baseline} · {trend.Workload} from {step.RunLabel}{(step.Version is null ? "" : $" ({step.Version})")}: {Format.Ratio(step.Before)} → {Format.Ratio(step.After)}, {Words.Of(step.Verdict)} {Format.Ratio(step.Change)} {Format.RatioInterval(step.LowerBound, step.UpperBound)}");
            }
        }

        if (history.Trends.All(t => t.Steps.Count == 0))
        {
            Console.WriteLine(HistoryReport.NoStep(history) + (history.AaRuns < 2 ? " Give them with --aa DIR." : ""));
        }

        Console.WriteLine($"{Counted.Of(history.Runs.Count, "run", "runs")}, {Counted.Of(history.Trends.Count, "trend", "trends")}, {Counted.Of(history.Trends.Sum(t => t.Steps.Count), "step", "steps")}, {Counted.Of(history.Undecided, "undecided row", "undecided rows")}: {Path.Combine(output, "history.html")}");
        return 0;
    }
}
