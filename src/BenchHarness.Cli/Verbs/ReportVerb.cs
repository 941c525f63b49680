using System.CommandLine;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
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
            throw new BadInputException("report: give one run folder, e.g. benchharness report results/latest");
        }

        var progress = ProgressTableLoader.Load(arguments.GetValue(Progress) ?? ProgressTableLoader.Default, ProjectLayout.Discover());
        return Analyse(folder, progress);
    }

    public static int Analyse(string directory, ProgressTable progress)
    {
        var journal = JournalFile.Read(directory);
        if (journal.CutLastLine is { } line)
        {
            Console.Error.WriteLine($"note: {Path.Combine(directory, JournalFile.FileName)} line {line} was cut mid-write (the run was killed while writing it); read up to the line before");
        }

        var result = ResultBuilder.Build(journal, progress);
        ExportWriter.Write(result, directory, Exporters);
        foreach (var index in result.Index)
        {
            Console.WriteLine(ReportTables.Headline(index));
        }

        var failed = result.Cells.Where(c => c.Status != CellStatus.Ok).ToList();
        foreach (var cell in failed)
        {
            Console.WriteLine($"{cell.Platform} · {cell.Workload}: {Words.Of(cell.Status)}{(cell.Error is null ? "" : $" ({cell.Error})")}");
        }

        Console.WriteLine($"{result.Cells.Count - failed.Count} of {result.Cells.Count} cells ok; report: {Path.Combine(directory, "report.md")}");
        return 0;
    }
}
