using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/distributions: every ok cell's warm samples, per workload and platform, as a box (the cell's Harrell-Davis quartiles and median,
/// as in the report; whiskers at the most extreme samples within Tukey's fences, as the analysis stored them) with the samples themselves beside it,
/// on a log time axis.
/// </summary>
public static class DistributionChart
{
    public const string Stem = "distributions";

    public static IEnumerable<ExportedFile> Export(RunResult result)
    {
        var plot = new Plot();
        var workloads = result.Suite.Weights.Keys.ToList();
        var platforms = result.Platforms.Where(p => p.Status == PlatformStatus.Available).Select(p => p.Name).ToList();
        var width = 0.8 / Math.Max(platforms.Count, 1);
        var random = new Random(1);
        var all = new List<double>();
        for (var p = 0; p < platforms.Count; p++)
        {
            var boxes = new List<Box>();
            var xs = new List<double>();
            var ys = new List<double>();
            for (var w = 0; w < workloads.Count; w++)
            {
                if (result.Cell(platforms[p], workloads[w]) is not { Status: CellStatus.Ok, SamplesNs.Count: > 0, Warm: { } summary } cell)
                {
                    continue;
                }

                var ms = cell.SamplesNs.Select(v => v / 1e6).Order().ToList();
                all.AddRange(ms);
                var x = w - 0.4 + (width * (p + 0.5));
                var (q1, median, q3) = (summary.Q1Ns / 1e6, summary.MedianNs / 1e6, summary.Q3Ns / 1e6);
                boxes.Add(new Box
                {
                    Position = x - (width * 0.15), Width = width * 0.45,
                    BoxMin = Math.Log10(q1), BoxMax = Math.Log10(q3), BoxMiddle = Math.Log10(median),
                    WhiskerMin = Math.Log10(summary.WhiskerLowerNs / 1e6), WhiskerMax = Math.Log10(summary.WhiskerUpperNs / 1e6),
                    FillColor = ChartKit.ColorOf(p).WithAlpha(0.35), LineColor = ChartKit.ColorOf(p),
                });
                foreach (var v in ms)
                {
                    xs.Add(x + (width * 0.25) + (width * 0.2 * (random.NextDouble() - 0.5)));
                    ys.Add(Math.Log10(v));
                }
            }

            if (boxes.Count == 0)
            {
                continue;
            }

            plot.Add.Boxes(boxes);
            var points = plot.Add.Markers(xs.ToArray(), ys.ToArray(), MarkerShape.FilledCircle, 2.5f, ChartKit.ColorOf(p).WithAlpha(0.6));
            points.LegendText = platforms[p];
        }

        var (min, max) = ChartKit.Span(all, includeOne: false);
        plot.Axes.Left.TickGenerator = ChartKit.LogTicks(min, max, MeasureWords.Of(result.Suite.Measure).SampleLabel);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, workloads.Count).Select(i => (double)i).ToArray(), workloads.ToArray());
        ChartKit.RotateLabels(plot);
        plot.Axes.SetLimits(-0.6, workloads.Count - 0.4, Math.Log10(min), Math.Log10(max));
        plot.Axes.Left.Label.Text = MeasureWords.Of(result.Suite.Measure).SampleAxis;
        plot.Title("Warm samples per workload and platform: box (quartiles, median, Tukey whiskers) and every sample");
        plot.ShowLegend(Edge.Right);
        return ChartKit.Files(Stem, plot, Math.Max(1200, 90 * workloads.Count), 700);
    }
}
