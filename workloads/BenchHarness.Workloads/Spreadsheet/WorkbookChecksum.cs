using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>The canonical result of a recalculation: the given cells in sheet, row, column order with their values.</summary>
public static class WorkbookChecksum
{
    public static void Add(ref Checksum checksum, IEnumerable<CellAddress> cells, IReadOnlyDictionary<CellAddress, SheetValue> values)
    {
        foreach (var address in cells.OrderBy(a => a.Sheet, StringComparer.Ordinal).ThenBy(a => a.Row).ThenBy(a => a.Column))
        {
            checksum.Add(address.ToString());
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
