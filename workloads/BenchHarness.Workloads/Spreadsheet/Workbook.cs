namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>A workbook as stored: its sheets in order, constant cells and formula cells (text without '=').</summary>
public sealed class Workbook
{
    public List<string> Sheets { get; } = [];

    public Dictionary<CellAddress, SheetValue> Values { get; } = [];

    public Dictionary<CellAddress, string> Formulas { get; } = [];
}
