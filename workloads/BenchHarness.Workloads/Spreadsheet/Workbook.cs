namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>A workbook's constant cells and formula cells, keyed by address.</summary>
public sealed class Workbook
{
    public Dictionary<CellAddress, double> Values { get; } = [];

    public Dictionary<CellAddress, Formula> Formulas { get; } = [];
}
