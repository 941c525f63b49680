using System.Text;
using BenchHarness.Core.Reports;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>What the charts share: writing a plot as PNG and SVG, a log axis for ratios and times, and one colour per platform.</summary>
internal static class ChartKit
{
    private static readonly double[] Nice = [1, 2, 5];

    /// <summary>Within less than a decade, more ticks: 1, 1.5, 2, 3, 5 and 7 times the power of ten.</summary>
    private static readonly double[] Fine = [1, 1.5, 2, 3, 5, 7];

    public static IEnumerable<ExportedFile> Files(string stem, Plot plot, int width, int height) =>
    [
        new ExportedFile($"plots/{stem}.png", plot.GetImageBytes(width, height, ImageFormat.Png)),
        new ExportedFile($"plots/{stem}.svg", Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height))),
    ];

    /// <summary>A logarithmic axis drawn on log10 values: major ticks at 1, 2 and 5 times each power of ten across the range, labelled with <paramref name="label"/>.</summary>
    public static ScottPlot.TickGenerators.NumericManual LogTicks(double min, double max, Func<double, string> label)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var low = Math.Floor(Math.Log10(min));
        var high = Math.Ceiling(Math.Log10(max));
        for (var decade = low; decade <= high; decade++)
        {
            foreach (var step in max / min < 10 ? Fine : Nice)
            {
                var value = step * Math.Pow(10, decade);
                if (value >= min / 1.01 && value <= max * 1.01)
                {
                    ticks.AddMajor(Math.Log10(value), label(value));
                }
            }
        }

        return ticks;
    }

    /// <summary>"0.5×", "1×", "20×".</summary>
    public static string RatioLabel(double ratio) => ratio.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "×";

    /// <summary>
    /// A square log-log plot of ratios from min to max on both axes, with the dashed diagonal y = x (named in the legend)
    /// and the axes' labels: the frame of a plot of one ratio against another.
    /// </summary>
    public static void Diagonal(Plot plot, double min, double max, string legend, string xLabel, string yLabel)
    {
        var diagonal = plot.Add.Line(Math.Log10(min), Math.Log10(min), Math.Log10(max), Math.Log10(max));
        diagonal.Color = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = legend;
        plot.Axes.Bottom.TickGenerator = LogTicks(min, max, RatioLabel);
        plot.Axes.Left.TickGenerator = LogTicks(min, max, RatioLabel);
        plot.Axes.SetLimits(Math.Log10(min), Math.Log10(max), Math.Log10(min), Math.Log10(max));
        plot.Axes.Bottom.Label.Text = xLabel;
        plot.Axes.Left.Label.Text = yLabel;
    }

    /// <summary>The range of a set of positive values, widened a little and to include 1 when asked; (0.5, 2) when empty.</summary>
    public static (double Min, double Max) Span(IEnumerable<double> values, bool includeOne)
    {
        var all = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        if (includeOne)
        {
            all.Add(1);
        }

        return all.Count == 0 ? (0.5, 2) : (all.Min() / 1.25, all.Max() * 1.25);
    }

    public static void Style(ScottPlot.Plottables.Text text, Color color, Alignment alignment, float size = 11)
    {
        text.LabelStyle.ForeColor = color;
        text.LabelStyle.FontSize = size;
        text.LabelStyle.Alignment = alignment;
    }

    /// <summary>Workload names under a category axis, turned so that each sits under its own group.</summary>
    public static void RotateLabels(Plot plot)
    {
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 150;
    }

    public static Color ColorOf(int index) => new ScottPlot.Palettes.Category10().GetColor(index);

    public static readonly Color Failed = Color.FromHex("#b42318");
}
