using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Tests.Unit;

/// <summary>Cells that warm down instead of up, said beside their platform.</summary>
public sealed class AnomaliesTests
{
    private static CellResult Cell(string workload, double warmMs, double coldMs, CellStatus status = CellStatus.Ok, bool startUp = false) =>
        new() { Platform = "qemu-x86_64", Workload = workload, Status = status, MedianNs = warmMs * 1e6, ColdMedianNs = coldMs * 1e6, MeasuresStartUp = startUp };

    /// <summary>The sample's qemu-x86_64 picture-insert: 12,505 ms warm against 2,538 ms cold, 4.93 times (12505 ÷ 2538 = 4.927).</summary>
    [Fact]
    public void A_cell_whose_warm_invocations_take_more_than_twice_its_first_is_an_anomaly()
    {
        var said = Assert.Single(Anomalies.Of(
        [
            Cell("picture-insert", 12_505, 2_538),
            Cell("document-render", 190, 100),
            Cell("app-start", 900, 300, startUp: true),
            Cell("spreadsheet-recalc", 9_000, 1_000, CellStatus.Crashed),
        ]));

        Assert.StartsWith("picture-insert: its warm invocations take 4.93× as long as its first (12505 ms against 2538 ms)", said, StringComparison.Ordinal);
    }
}
