using System.CommandLine;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Pipeline;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using BenchHarness.Plots;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>report DIR</c>: analyse the journal and export result.json, the reports and the plots.</summary>
internal static class ReportVerb
{
    private static readonly RunCharts Charts = new();

    /// <summary>Every file of a run's report; the HTML report inlines the plots the charts draw once.</summary>
    public static IReadOnlyList<IExporter> Exporters { get; } = [new MarkdownReport(), new HtmlReport(Charts), new CsvReport(), Charts];

    /// <summary>The history of single-thread performance that turns the office-day slowdown into years (run and report).</summary>
    public static readonly Option<string> Progress = CommandLine.Single("--progress", "NAME|FILE",
        "The history of single-thread performance that turns the office-day slowdown into years. Default: single-thread.");

    private static readonly Argument<string[]> Folder = CommandLine.Folders("The run folder (it holds journal.jsonl).");

    public static Command Command()
    {
        var command = new Command("report", "Analyses DIR/journal.jsonl again and rewrites result.json and the reports.") { Folder, Progress };
        command.SetAction(Execute);
        return command;
    }

    private static int Execute(ParseResult arguments)
    {
        if (arguments.GetValue(Folder) is not [var folder])
        {
            throw new BadInputException(BadInputKind.BadArgument, "report: give one run folder, e.g. benchharness report results/latest");
        }

        Analyse(folder, ProgressOf(arguments, ProjectLayout.Discover()));
        return 0;
    }

    /// <summary>The progress table <c>--progress</c> names, or the default one.</summary>
    public static ProgressTable ProgressOf(ParseResult arguments, ProjectLayout layout) =>
        ProgressTableLoader.Load(arguments.GetValue(Progress) ?? ProgressTableLoader.Default, layout);

    /// <summary>Analyse and export: the last step of run, report and merge.</summary>
    public static RunResult Analyse(string directory, ProgressTable progress) => new ReportStep(Exporters, Console.Out, Console.Error).Write(directory, progress);
}
