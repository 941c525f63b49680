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

    public static int Execute(IEnumerable<string> args)
    {
        var arguments = Arguments.Parse(args, "report", "progress");
        if (arguments.Positionals.Count != 1)
        {
            throw new BadInputException("report: give one run folder, e.g. benchharness report results/latest");
        }

        var progress = ProgressTableLoader.Load(arguments.Single("progress") ?? ProgressTableLoader.Default, ProjectLayout.Discover());
        return Analyse(arguments.Positionals[0], progress);
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
