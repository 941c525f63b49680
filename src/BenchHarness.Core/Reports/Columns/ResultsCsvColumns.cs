using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>A row of results.csv: a cell and its comparison with its baseline, if it has one.</summary>
public sealed record CellRow(CellResult Cell, ComparisonResult? Comparison);

/// <summary>
/// The columns of results.csv: its published columns in their order (scripts read them by position too), then every
/// other column of the Cells and Slowdown per workload tables that has a raw value, in the tables' order — so a
/// data column added to either table reaches results.csv without being listed here.
/// </summary>
public static class ResultsCsvColumns
{
    private static readonly IReadOnlyList<Column<CellRow>> Published =
    [
        .. Cell(CellColumns.Platform, CellColumns.Workload, CellColumns.Status, CellColumns.Arch, CellColumns.Os, CellColumns.Attempts, CellColumns.Samples,
            CellColumns.WarmMedian, CellColumns.CiLower, CellColumns.CiUpper, CellColumns.Cold, CellColumns.StartUp, CellColumns.Checksum),
        .. Comparison(ComparisonColumns.Baseline, ComparisonColumns.Ratio, ComparisonColumns.CiLower, ComparisonColumns.CiUpper, ComparisonColumns.Rounds,
            ComparisonColumns.RoundsPValue, ComparisonColumns.AdjustedPValue, ComparisonColumns.PValue, ComparisonColumns.Verdict, ComparisonColumns.Reason),
        .. Cell(CellColumns.RelativeHalfWidth, CellColumns.LaunchPrecision, CellColumns.TargetMet, CellColumns.Outliers, CellColumns.Modes),
    ];

    public static IReadOnlyList<Column<CellRow>> All { get; } =
    [
        .. Published,
        .. Cell([.. CellColumns.Table.Columns]).Concat(Comparison([.. ComparisonColumns.Table.Columns]))
            .Where(c => c.Raw is not null).Where(c => Published.All(p => p.Id != c.Id)).DistinctBy(c => c.Id),
    ];

    private static IEnumerable<Column<CellRow>> Cell(params Column<CellResult>[] columns) => columns.Select(c => c.Of<CellRow>(r => r.Cell));

    private static IEnumerable<Column<CellRow>> Comparison(params Column<ComparisonResult>[] columns) => columns.Select(c => c.Of<CellRow>(r => r.Comparison));
}
