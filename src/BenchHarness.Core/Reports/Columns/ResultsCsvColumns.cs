using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>A row of results.csv: a cell and its comparison with its baseline, if it has one.</summary>
public sealed record CellRow(CellResult Cell, ComparisonResult? Comparison);

/// <summary>The columns of results.csv, in order: the cell's and its comparison's columns, each as defined once.</summary>
public static class ResultsCsvColumns
{
    public static IReadOnlyList<Column<CellRow>> All { get; } =
    [
        .. Cell(CellColumns.Platform, CellColumns.Workload, CellColumns.Status, CellColumns.Arch, CellColumns.Os, CellColumns.Attempts, CellColumns.Samples,
            CellColumns.WarmMedian, CellColumns.CiLower, CellColumns.CiUpper, CellColumns.Cold, CellColumns.StartUp, CellColumns.Checksum),
        .. Comparison(ComparisonColumns.Baseline, ComparisonColumns.Ratio, ComparisonColumns.CiLower, ComparisonColumns.CiUpper, ComparisonColumns.Rounds,
            ComparisonColumns.RoundsPValue, ComparisonColumns.AdjustedPValue, ComparisonColumns.PValue, ComparisonColumns.Verdict, ComparisonColumns.Reason),
        .. Cell(CellColumns.RelativeHalfWidth, CellColumns.LaunchPrecision, CellColumns.TargetMet, CellColumns.Outliers, CellColumns.Modes),
    ];

    private static IEnumerable<Column<CellRow>> Cell(params Column<CellResult>[] columns) => columns.Select(c => c.Of<CellRow>(r => r.Cell));

    private static IEnumerable<Column<CellRow>> Comparison(params Column<ComparisonResult>[] columns) => columns.Select(c => c.Of<CellRow>(r => r.Comparison));
}
