using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>
/// The canonical result of a recalculation: the given cells, in evaluation order, with their values. That order
/// is the same on every platform (the dependency graph is built from the workbook's own order), so the cells
/// need no sorting inside the timed action.
/// </summary>
public static class WorkbookChecksum
{
    public static void Add(ref Checksum checksum, IReadOnlyList<CellAddress> cellsInEvaluationOrder, IReadOnlyDictionary<CellAddress, SheetValue> values)
    {
        foreach (var address in cellsInEvaluationOrder)
        {
            checksum.Add(address.Sheet);
            checksum.Add(address.Row);
            checksum.Add(address.Column);
            var value = values[address];
            checksum.Add((int)value.Kind);
            if (value.IsNumber)
            {
                checksum.Add(value.Number);
            }
            else
            {
                checksum.Add(value.Text ?? "");
            }
        }
    }
}
