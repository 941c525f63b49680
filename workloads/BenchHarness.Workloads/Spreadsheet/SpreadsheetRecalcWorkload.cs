using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>Open a financial model .xlsx, parse its formulas and recalculate the whole workbook.</summary>
public sealed class SpreadsheetRecalcWorkload : IWorkload
{
    public string Name => "spreadsheet-recalc";

    public string Family => "spreadsheet";

    public string Description => "Open an .xlsx financial model, parse its formulas and recalculate every cell";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(WorkbookGenerator.Generate(context.Size, context.Seed));

    private sealed class Prepared(byte[] xlsx) : IPreparedWorkload
    {
        public ulong Run()
        {
            var workbook = XlsxReader.Read(new MemoryStream(xlsx, writable: false));
            var engine = new RecalcEngine(workbook);
            var order = engine.RecalculateAll();
            var checksum = new Checksum();
            checksum.Add(order.Count);
            foreach (var (address, value) in engine.Results.OrderBy(r => r.Key.Sheet, StringComparer.Ordinal).ThenBy(r => r.Key.Row).ThenBy(r => r.Key.Column))
            {
                checksum.Add(address.Row);
                checksum.Add(address.Column);
                checksum.Add(value);
            }

            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
