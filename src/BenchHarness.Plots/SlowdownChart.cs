using System.Text;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/slowdown.png and .svg: per workload, one bar per emulated platform with its warm slowdown ratio and
/// its 95% interval as a whisker, and a line at 1× (no slowdown). Workloads without a ratio are left out.
/// </summary>
public sealed class SlowdownChart : IExporter
{
    public const int Width = 1200;
    public const int Height = 560;

    public IReadOnlyList<ExportedFile> Export(RunResult result)
    {
        var plot = Build(result);
        return
        [
            new ExportedFile("plots/slowdown.png", plot.GetImageBytes(Width, Height, ImageFormat.Png)),
            new ExportedFile("plots/slowdown.svg", Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, Height))),
        ];
    }

    public static Plot Build(RunResult result)
    {
        var plot = new Plot();
        var workloads = result.Comparisons.Select(c => c.Workload).Distinct().Order(StringComparer.Ordinal).ToList();
        // One series per platform and what it is compared with: a candidate has bars against native and against its reference.
        var platforms = result.Comparisons.Select(c => (c.Platform, c.Baseline)).Distinct().OrderBy(p => p.Platform, StringComparer.Ordinal).ThenBy(p => p.Baseline, StringComparer.Ordinal).ToList();
        var candidates = platforms.GroupBy(p => p.Platform).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var groupWidth = 0.8;
        var barWidth = platforms.Count == 0 ? groupWidth : groupWidth / platforms.Count;
        var palette = new ScottPlot.Palettes.Category10();
        for (var p = 0; p < platforms.Count; p++)
        {
            var bars = new List<Bar>();
            foreach (var comparison in result.Comparisons.Where(c => (c.Platform, c.Baseline) == platforms[p]))
            {
                var x = workloads.IndexOf(comparison.Workload) - (groupWidth / 2) + (barWidth * (p + 0.5));
                bars.Add(new Bar { Position = x, Value = comparison.Ratio, Size = barWidth * 0.9, FillColor = palette.GetColor(p) });
                if (comparison.CiLower is { } lower && comparison.CiUpper is { } upper)
                {
                    var whisker = plot.Add.Line(x, lower, x, upper);
                    whisker.Color = Colors.Black;
                    whisker.LineWidth = 1.5f;
                }
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = candidates.Contains(platforms[p].Platform) ? $"{platforms[p].Platform} vs {platforms[p].Baseline}" : platforms[p].Platform;
        }

        var noSlowdown = plot.Add.HorizontalLine(1, 1, Colors.Gray, LinePattern.Dashed);
        noSlowdown.LegendText = "1× (native speed)";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, workloads.Count).Select(i => (double)i).ToArray(), workloads.ToArray());
        plot.Axes.Left.Label.Text = "slowdown (× baseline time, warm median)";
        plot.Title(workloads.Count == 0 ? $"{result.Suite.Name}: no ratios (no emulated platform with its baseline)" : $"Slowdown under emulation: suite {result.Suite.Name}");
        plot.Axes.Bottom.TickLabelStyle.Rotation = 40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 150;
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
