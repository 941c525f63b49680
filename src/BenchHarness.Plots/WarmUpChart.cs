using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/warmup: how each platform warms up in a fresh process. Iteration 0 is the cold (first) invocation, 1 … n
/// the warm ones in order (after the suite's warm-up invocations, which are not kept); each point is the (Harrell-Davis) median,
/// over every launch of every ok workload of the platform, of that iteration's time over its launch's warm (Harrell-Davis) median —
/// so workloads of any length share one scale, and 1× is the settled speed. Start-up workloads have no iterations.
/// </summary>
public static class WarmUpChart
{
    public const string Stem = "warmup";

    /// <summary>For each iteration number, the median of the per-launch relative times (as far as half the launches reached).</summary>
    public static IReadOnlyList<double?> Curve(RunResult result, string platform)
    {
        var launches = result.Cells.Where(c => c.Platform == platform && c is { Status: CellStatus.Ok, MeasuresStartUp: false })
            .SelectMany(c => c.WarmByLaunch().Zip(c.ColdNs, (warm, cold) => (Warm: warm, Cold: (double)cold)))
            .Where(l => l.Warm.Count > 0)
            .Select(l =>
            {
                var settled = PerfolizerMethods.Quantile(l.Warm, 0.5);
                return (IReadOnlyList<double>)[l.Cold / settled, .. l.Warm.Select(v => v / settled)];
            })
            .ToList();
        // As far as half the launches got: beyond that a point is a handful of launches, and noise.
        var length = launches.Count == 0 ? 0 : launches.Select(l => l.Count).Order().ElementAt(launches.Count / 2);
        return Enumerable.Range(0, length).Select(i => launches.Where(l => l.Count > i).Select(l => l[i]).ToList() is { Count: > 0 } values ? PerfolizerMethods.Quantile(values, 0.5) : (double?)null).ToList();
    }

    public static IEnumerable<ExportedFile> Export(RunResult result)
    {
        var plot = new Plot();
        var platforms = result.Platforms.Where(p => p.Status == PlatformStatus.Available).Select(p => p.Name).ToList();
        var all = new List<double>();
        for (var p = 0; p < platforms.Count; p++)
        {
            var curve = Curve(result, platforms[p]);
            var points = curve.Select((v, i) => (X: (double)i, Y: v)).Where(c => c.Y is not null).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            all.AddRange(points.Select(c => c.Y!.Value));
            var line = plot.Add.ScatterLine(points.Select(c => c.X).ToArray(), points.Select(c => Math.Log10(c.Y!.Value)).ToArray(), ChartKit.ColorOf(p));
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = platforms[p];
        }

        var (min, max) = ChartKit.Span(all, includeOne: true);
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
