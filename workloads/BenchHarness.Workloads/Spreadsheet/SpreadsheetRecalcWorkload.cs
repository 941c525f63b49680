using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>Open a sales and finance model .xlsx, parse its formulas, build the dependency graph, recalculate all.</summary>
public sealed class SpreadsheetRecalcWorkload : IWorkload
{
    public string Name => "spreadsheet-recalc";

    public string Family => "spreadsheet";

    public string Description => "Open an .xlsx sales model, parse its formulas, build the dependency graph and recalculate every cell";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(context.Inputs.Workbook());

    private sealed class Prepared(byte[] xlsx) : IPreparedWorkload
    {
        public ulong Run()
        {
            var engine = new RecalcEngine(XlsxReader.Read(new MemoryStream(xlsx, writable: false)));
            var order = engine.RecalculateAll();
            var checksum = new Checksum();
            checksum.Add(order.Count);
            WorkbookChecksum.Add(ref checksum, order, engine.Results);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
