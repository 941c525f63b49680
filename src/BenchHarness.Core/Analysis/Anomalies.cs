using System.Globalization;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// What a platform's cells did against the method's expectations, each a sentence said beside the platform. One rule so
/// far: a cell whose warm invocations take more than <see cref="WarmOverCold"/> times as long as its first one. The
/// first invocation in a fresh process, with the translation cache and the JIT empty, is expected to be the slowest;
/// the opposite points at a state the emulator falls into after it (QEMU 7.2's x86-64 translator on picture-insert:
/// 2.5 s, then 12.4 s every time; docs/performance.md), and the warm ratio then measures that state.
/// </summary>
public static class Anomalies
{
    /// <summary>Warm over cold beyond this is an anomaly: twice, well past the noise between two medians of one process.</summary>
    public const double WarmOverCold = 2.0;

    public static IReadOnlyList<string> Of(IEnumerable<CellResult> cells) =>
        cells.Where(c => c.Status == CellStatus.Ok && !c.MeasuresStartUp && c.MedianNs is { } warm && c.ColdMedianNs is { } cold && cold > 0 && warm > WarmOverCold * cold)
            .Select(c => string.Create(CultureInfo.InvariantCulture,
                $"{c.Workload}: its warm invocations take {c.MedianNs!.Value / c.ColdMedianNs!.Value:0.00}× as long as its first ({c.MedianNs.Value / 1e6:0} ms against {c.ColdMedianNs.Value / 1e6:0} ms), the opposite of warming up: the emulator falls into a slower state after the first use, and the ratio measures that state."))
            .ToList();
}
