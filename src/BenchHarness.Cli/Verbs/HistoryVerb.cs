using BenchHarness.Core.History;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using BenchHarness.Plots;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>history DIR… --out DIR</c>: trends across runs of successive builds, their steps, a page that links them.</summary>
internal static class HistoryVerb
{
    public static int Execute(IEnumerable<string> args)
    {
        var arguments = Arguments.Parse(args, "history", "out");
        var output = arguments.Single("out") ?? throw new BadInputException("history: give --out DIR for the trend page and plots.");
        var history = HistoryBuilder.Build(arguments.Positionals.Select(d => (d, ResultFile.Read(d))).ToList());
        ExportWriter.Save(output, TrendChart.Export(history)
            .Append(new ExportedFile("history.html", System.Text.Encoding.UTF8.GetBytes(HistoryReport.Html(history))))
            .Append(new ExportedFile("history.json", HistoryReport.Json(history))));
        foreach (var trend in history.Trends)
        {
            foreach (var step in trend.Steps)
            {
                Console.WriteLine($"step: {trend.Platform} · {trend.Workload} from {step.RunLabel}{(step.Version is null ? "" : $" ({step.Version})")}: {Format.Ratio(step.Before)} → {Format.Ratio(step.After)}");
            }
        }

        Console.WriteLine($"{history.Runs.Count} runs, {history.Trends.Count} trends, {history.Trends.Sum(t => t.Steps.Count)} steps: {Path.Combine(output, "history.html")}");
        return 0;
    }
}
