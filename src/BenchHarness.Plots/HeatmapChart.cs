using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/heatmap: workloads × emulated platforms, each square coloured by its warm ratio to the baseline on a log
/// scale (Viridis, from the smallest ratio to the largest) and labelled with it; a cell without a ratio is grey with
/// its status (the same rows as the forest plot). Each column names its platform and baseline; the colour scale is
/// drawn beside the squares.
/// </summary>
public static class HeatmapChart
{
    public const string Stem = "heatmap";

    public static IEnumerable<ExportedFile> Export(RunResult result)
    {
        var plot = new Plot();
        var rows = ForestChart.Rows(result);
        var workloads = rows.Select(r => r.Workload).Distinct().ToList();
        var platforms = rows.Select(r => r.Platform).Distinct().ToList();
        var ratios = rows.Where(r => r.Comparison is not null).Select(r => Math.Log10(r.Comparison!.Ratio)).ToList();
        var (low, high) = ratios.Count == 0 ? (0.0, 1.0) : (ratios.Min(), Math.Max(ratios.Max(), ratios.Min() + 1e-9));
        var colormap = new ScottPlot.Colormaps.Viridis();
        foreach (var row in rows)
        {
            double x = platforms.IndexOf(row.Platform);
            double y = workloads.Count - 1 - workloads.IndexOf(row.Workload);
            var square = plot.Add.Rectangle(x - 0.5, x + 0.5, y - 0.5, y + 0.5);
            square.LineColor = Colors.White;
            Color fill;
            string label;
            if (row.Comparison is { } c)
            {
                var position = (Math.Log10(c.Ratio) - low) / (high - low);
                fill = colormap.GetColor(position);
                label = Format.Ratio(c.Ratio);
            }
            else
            {
                fill = Colors.LightGray;
                label = row.Failure!;
            }

            square.FillColor = fill;
            var text = plot.Add.Text(label, x, y);
            ChartKit.Style(text, Luminance(fill) > 0.5 ? Colors.Black : Colors.White, Alignment.MiddleCenter, 12);
        }

        Legend(plot, colormap, low, high, platforms.Count, workloads.Count, ratios.Count > 0);
        var named = platforms.Select(p => $"{p} ÷ {rows.First(r => r.Platform == p).Baseline}").ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Enumerable.Range(0, platforms.Count).Select(i => (double)i).ToArray(), named);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, workloads.Count).Select(i => (double)(workloads.Count - 1 - i)).ToArray(), workloads.ToArray());
        ChartKit.RotateLabels(plot);
        plot.Axes.SetLimits(-0.5, Math.Max(platforms.Count, 1) + 1.1, -0.5, Math.Max(workloads.Count, 1) - 0.5);
        plot.HideGrid();
        plot.Title($"{MeasureWords.Of(result.Suite.Measure).Ratio} to the baseline: workloads × platforms (colour on a log scale)");
        return ChartKit.Files(Stem, plot, Math.Max(900, 400 + (130 * platforms.Count)), 260 + (34 * Math.Max(workloads.Count, 2)));
    }

    /// <summary>The colour scale, right of the squares: swatches from the smallest ratio to the largest, each labelled as the report rounds it.</summary>
    private static void Legend(Plot plot, ScottPlot.Colormaps.Viridis colormap, double low, double high, int columns, int rows, bool any)
    {
        if (!any)
        {
            return;
        }

        var steps = high - low < 1e-6 ? 1 : 5;
        var x = columns - 0.3;
        var heading = plot.Add.Text("colour: warm ratio", x, rows - 0.5);
        ChartKit.Style(heading, Colors.Black, Alignment.LowerLeft);
        for (var i = 0; i < steps; i++)
        {
            var position = steps == 1 ? 0 : i / (double)(steps - 1);
            var y = rows - 1 - (position * Math.Max(rows - 1, 0) * 0.8);
            var swatch = plot.Add.Rectangle(x, x + 0.3, y - 0.35, y + 0.35);
            swatch.FillColor = colormap.GetColor(position);
            swatch.LineColor = Colors.White;
            var label = plot.Add.Text(Format.Ratio(Math.Pow(10, low + (position * (high - low)))), x + 0.35, y);
            ChartKit.Style(label, Colors.Black, Alignment.MiddleLeft);
        }
    }

    /// <summary>Relative luminance (ITU-R BT.709 weights) on 0–1, to pick a readable label colour.</summary>
    private static double Luminance(Color color) => ((0.2126 * color.R) + (0.7152 * color.G) + (0.0722 * color.B)) / 255;
}
