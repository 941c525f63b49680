using System.Text;
using BenchHarness.Core.Reports.Columns;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>results.csv: one row per cell with its ratio against the baseline, for spreadsheets and scripts; its columns are <see cref="ResultsCsvColumns"/>, headed by their ids.</summary>
public sealed class CsvReport : IExporter
{
    public IReadOnlyList<ExportedFile> Export(RunResult result)
    {
        var columns = ResultsCsvColumns.All;
        var csv = new StringBuilder().AppendJoin(',', columns.Select(c => c.Id)).Append('\n');
        foreach (var cell in result.Cells)
        {
            var row = new CellRow(cell, result.Comparisons.FirstOrDefault(c => c.Platform == cell.Platform && c.Workload == cell.Workload));
            csv.AppendJoin(',', columns.Select(c => Field(c.Raw?.Invoke(row)))).Append('\n');
        }

        return [new ExportedFile("results.csv", Encoding.UTF8.GetBytes(csv.ToString()))];
    }

    /// <summary>RFC 4180 quoting.</summary>
    private static string Field(string? text) =>
        text is null ? "" : text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
