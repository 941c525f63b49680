namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>A rectangular block of cells as a function argument, read through the engine's current values.</summary>
public sealed class SheetRange(RangeFormula range, Func<CellAddress, SheetValue> cell)
{
    public int Rows => range.Rows;

    public int Columns => range.Columns;

    /// <summary>The cell at a zero-based row and column of the block.</summary>
    public SheetValue this[int row, int column] =>
        cell(new CellAddress(range.From.Sheet, range.From.Row + row, range.From.Column + column));

    public IEnumerable<SheetValue> Cells()
    {
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                yield return this[r, c];
            }
        }
    }
}
