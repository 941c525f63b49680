using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>
/// In an open, calculated workbook: type a new amount into one input cell, recalculate only what depends on
/// it, and save the workbook (formulas with their cached values) as .xlsx.
/// </summary>
public sealed class SpreadsheetEditSaveWorkload : IWorkload
{
    public string Name => "spreadsheet-edit-save";

    public string Family => "spreadsheet";

    public string Description => "Edit one input of the open .xlsx sales model, recalculate its dependents, save the workbook";

    public IPreparedWorkload Prepare(WorkloadContext context)
    {
        var workbook = XlsxReader.Read(new MemoryStream(context.Inputs.Workbook(), writable: false));
        var engine = new RecalcEngine(workbook);
        engine.RecalculateAll();
        var edited = WorkbookGenerator.EditedCell(context.Size);
        var newValue = SheetValue.Of(workbook.Values[edited].Number + 123.45);
        return new Prepared(workbook, engine, edited, newValue, Path.Combine(context.ScratchDirectory, "model.xlsx"));
    }

    private sealed class Prepared(Workbook workbook, RecalcEngine engine, CellAddress edited, SheetValue newValue, string path) : IPreparedWorkload
    {
        public ulong Run()
        {
            var recalculated = engine.Edit(edited, newValue);
            int written;
            using (var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                written = XlsxWriter.Write(workbook, engine.Results, file);
            }

            var checksum = new Checksum();
            checksum.Add(recalculated.Count);
            checksum.Add(written);
            WorkbookChecksum.Add(ref checksum, recalculated, engine.Results);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
