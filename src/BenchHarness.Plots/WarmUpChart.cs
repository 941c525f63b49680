using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/warmup: how each platform warms up in a fresh process, its curve as the analysis stored it
/// (<see cref="PlatformResult.WarmUp"/>): iteration 0 is the cold (first) invocation, 1 … n the warm ones, each point
/// a median time over its launch's warm median, so 1× is the settled speed.
/// </summary>
public static class WarmUpChart
{
    public const string Stem = "warmup";

    public static IEnumerable<ExportedFile> Export(RunResult result)
    {
        var plot = new Plot();
        var platforms = result.Platforms.Where(p => p.Status == PlatformStatus.Available).ToList();
        var all = new List<double>();
        for (var p = 0; p < platforms.Count; p++)
        {
            if (platforms[p].WarmUp is not { Count: > 0 } curve)
            {
                continue;
            }

            all.AddRange(curve);
            var line = plot.Add.ScatterLine(curve.Select((_, i) => (double)i).ToArray(), curve.Select(Math.Log10).ToArray(), ChartKit.ColorOf(p));
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = platforms[p].Name;
        }

        var (min, max) = ChartKit.Span(all, includeOne: true);
        // Iterations are whole numbers: a tick at each, or at every few when there are many.
        var iterations = platforms.Select(p => p.WarmUp?.Count ?? 0).DefaultIfEmpty(0).Max();
        var step = Math.Max(1, (int)Math.Ceiling(iterations / 20.0));
        var ticks = Enumerable.Range(0, Math.Max(iterations, 1)).Where(i => i % step == 0).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, ticks.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        plot.Axes.Left.TickGenerator = ChartKit.LogTicks(min, max, ChartKit.RatioLabel);
        plot.Axes.SetLimitsY(Math.Log10(min), Math.Log10(max));
        plot.Axes.Bottom.Label.Text = "iteration in a fresh process (0 = cold, the first invocation)";
        plot.Axes.Left.Label.Text = "time ÷ the launch's warm median (log scale)";
        plot.Title("Warm-up: translation and JIT compilation settle over the first iterations");
        plot.ShowLegend(Edge.Right);
        return ChartKit.Files(Stem, plot, 1100, 560);
    }
}
