using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Pipeline;

/// <summary>
/// The last step of <c>run</c>, <c>report</c> and <c>merge</c>: analyses a run folder's journal, exports result.json,
/// the reports and the plots into it, and says what was found (the claim, when a platform answers it, and each index's headline on <paramref name="output"/>,
/// then each cell that is not ok, then where the report is).
/// </summary>
/// <param name="exporters">Every file of a run's report (the plots' exporter is the CLI's: Core draws none).</param>
/// <param name="notes">Where a journal cut mid-write is noted.</param>
public sealed class ReportStep(IReadOnlyList<IExporter> exporters, TextWriter output, TextWriter notes)
{
    public RunResult Write(string directory, ProgressTable progress)
    {
        var journal = JournalFile.Read(directory);
        if (journal.CutLastLine is { } line)
        {
            notes.WriteLine($"note: {Path.Combine(directory, JournalFile.FileName)} line {line} was cut mid-write (the run was killed while writing it); read up to the line before");
        }

        var result = ResultBuilder.Build(journal, progress);
        ExportWriter.Write(result, directory, exporters);
        foreach (var claim in ReportTables.Claims(result))
        {
            output.WriteLine(claim.Sentence);
        }

        foreach (var index in result.Index)
        {
            output.WriteLine(ReportTables.Headline(index));
        }

        var failed = result.Cells.Where(c => c.Status != CellStatus.Ok).ToList();
        if (NothingMeasured(result, journal.Launches.Count))
        {
            var reasons = result.Platforms.Where(p => p.Reason is not null).Select(p => $"{p.Name}: {p.Reason}").Distinct().Take(3).ToList();
            output.WriteLine($"nothing was measured: all {Counted.Of(result.Cells.Count, "cell is", "cells are")} unavailable ({(reasons.Count == 0 ? "see report.md" : string.Join("; ", reasons))}); "
                + $"when the platforms or hosts are back, resume the run in {directory} to measure it");
        }
        else
        {
            foreach (var cell in failed)
            {
                output.WriteLine($"{cell.Platform} · {cell.Workload}: {Words.Of(cell.Status)}{(cell.Error is null ? "" : $" ({cell.Error})")}");
            }
        }

        output.WriteLine($"{result.Cells.Count - failed.Count} of {result.Cells.Count} cells ok; report: {Path.Combine(directory, "report.md")}");
        return result;
    }

    /// <summary>
    /// Nothing of the run could be measured: no launch ended (every platform unavailable here, or on a host that could not
    /// be reached) and every cell is unavailable; <c>run</c> exits 4. A run whose connection was lost after some launches is
    /// not such a run: it waits for <c>run --resume</c> with what it measured.
    /// </summary>
    public static bool NothingMeasured(RunResult result, int launches) =>
        launches == 0 && result.Cells.Count > 0 && result.Cells.All(c => c.Status == CellStatus.Unavailable);
}
