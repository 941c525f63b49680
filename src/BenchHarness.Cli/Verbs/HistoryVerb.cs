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
    private static readonly Argument<string[]> Runs = CommandLine.Folders("The runs of successive builds, oldest first.");
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "Where history.html, history.json and the plots go.");

    public static Command Command()
    {
        var command = new Command("history", """
            Trends across runs of successive builds: a plot per platform and workload, steps found by change-point detection
            (named with their run and emulator version), history.html, history.json.
            """)
        {
            Runs, Out,
        };
        command.SetAction(Execute);
        return command;
    }

    private static int Execute(ParseResult arguments)
    {
        var output = arguments.GetValue(Out) ?? throw new BadInputException(BadInputKind.BadArgument, "history: give --out DIR for the trend page and plots.");
        var history = HistoryBuilder.Build((arguments.GetValue(Runs) ?? []).Select(d => (d, ResultFile.Read(d))).ToList());
        ExportWriter.Save(output, TrendChart.Export(history)
            .Append(new ExportedFile("history.html", System.Text.Encoding.UTF8.GetBytes(HistoryReport.Html(history))))
            .Append(new ExportedFile("history.json", HistoryReport.Json(history))));
        foreach (var trend in history.Trends)
        {
            foreach (var step in trend.Steps)
            {
                Console.WriteLine($"step: {trend.Platform} against {trend.Baseline} · {trend.Workload} from {step.RunLabel}{(step.Version is null ? "" : $" ({step.Version})")}: {Format.Ratio(step.Before)} → {Format.Ratio(step.After)}");
            }
        }

        Console.WriteLine($"{history.Runs.Count} runs, {history.Trends.Count} trends, {history.Trends.Sum(t => t.Steps.Count)} steps: {Path.Combine(output, "history.html")}");
        return 0;
    }
}
