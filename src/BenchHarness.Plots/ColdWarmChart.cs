using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/cold-warm: per platform and workload, the cold ratio (first invocation in a fresh process) against the
/// warm ratio, both to the baseline, on log axes. Above the diagonal the emulator costs more on first use than
/// once warm: translation, JIT or loading that the baseline does not pay.
/// </summary>
public static class ColdWarmChart
{
    public const string Stem = "cold-warm";

    public static IEnumerable<ExportedFile> Export(RunResult result)
    {
        var plot = new Plot();
        var platforms = result.Platforms.Where(p => p.Baseline is not null).ToList();
        var all = new List<double>();
        for (var p = 0; p < platforms.Count; p++)
        {
            var points = result.Comparisons.Where(c => c.Platform == platforms[p].Name && c.Baseline == platforms[p].Baseline && c.ColdRatio is > 0)
                .Select(c => (Warm: c.Ratio, Cold: c.ColdRatio!.Value)).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            all.AddRange(points.SelectMany(c => new[] { c.Warm, c.Cold }));
            var markers = plot.Add.Markers(points.Select(c => Math.Log10(c.Warm)).ToArray(), points.Select(c => Math.Log10(c.Cold)).ToArray(), MarkerShape.FilledCircle, 7, ChartKit.ColorOf(p));
            markers.LegendText = $"{platforms[p].Name} ÷ {platforms[p].Baseline}";
        }

        var (min, max) = ChartKit.Span(all, includeOne: true);
        ChartKit.Diagonal(plot, min, max, "cold = warm", "warm ratio to the baseline (log scale)", "cold ratio: first invocation (log scale)");
        plot.Title("Cold against warm, per workload: above the line, first use costs more under emulation");
        plot.ShowLegend(Edge.Right);
        return ChartKit.Files(Stem, plot, 1000, 760);
    }
}
