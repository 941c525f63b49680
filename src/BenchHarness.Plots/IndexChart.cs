using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>plots/index: each platform's office-day slowdown (labelled as the report rounds it) and geometric-mean score with their 95% intervals, on a log axis, in the report's reading order.</summary>
public static class IndexChart
{
    public const string Stem = "index";

    public static IEnumerable<ExportedFile> Export(RunResult result)
    {
        var plot = new Plot();
        var indices = ReportTables.ReadingOrder(result);
        var (min, max) = ChartKit.Span(indices.SelectMany(i => new[] { i.OfficeDay.Value, i.OfficeDay.CiLower, i.OfficeDay.CiUpper, i.Value, i.CiLower, i.CiUpper }).OfType<double>(), includeOne: true);
        var labels = new List<(double Y, string Text)>();
        for (var i = 0; i < indices.Count; i++)
        {
            var index = indices[i];
            double y = indices.Count - i;
            labels.Add((y, $"{index.Platform} ÷ {index.Baseline}{(index.Complete ? "" : $" ({index.WorkloadsCovered} of {index.WorkloadsInSuite})")}"));
            Figure(plot, index.OfficeDay.Value, index.OfficeDay.CiLower, index.OfficeDay.CiUpper, y + 0.15, ChartKit.ColorOf(0), MarkerShape.FilledCircle, i == 0 ? MeasureWords.Of(result.Suite.Measure).OfficeDay : null);
            Figure(plot, index.Value, index.CiLower, index.CiUpper, y - 0.15, ChartKit.ColorOf(1), MarkerShape.FilledSquare, i == 0 ? "geometric-mean score" : null);
            var value = plot.Add.Text(Format.Ratio(index.OfficeDay.Value), Math.Log10(index.OfficeDay.CiUpper ?? index.OfficeDay.Value), y + 0.15);
            ChartKit.Style(value, Colors.Black, Alignment.MiddleLeft);
            value.OffsetX = 6;
        }

        plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        plot.Axes.Bottom.TickGenerator = ChartKit.LogTicks(min, max, ChartKit.RatioLabel);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(labels.Select(l => l.Y).ToArray(), labels.Select(l => l.Text).ToArray());
        plot.Axes.SetLimits(Math.Log10(min), Math.Log10(max) + 0.1, 0.4, indices.Count + 0.6);
        plot.Axes.Bottom.Label.Text = $"× the baseline's {MeasureWords.Of(result.Suite.Measure).Quantity} (log scale)";
        plot.Title(indices.Count == 0 ? "No index (no emulated platform with its baseline)" : MeasureWords.Of(result.Suite.Measure).Counts ? "Host-instruction index, with 95% intervals" : "Productivity regression index, with 95% intervals");
        plot.ShowLegend(Edge.Top);
        return ChartKit.Files(Stem, plot, 1000, 140 + (48 * Math.Max(indices.Count, 2)));
    }

    private static void Figure(Plot plot, double value, double? lower, double? upper, double y, Color color, MarkerShape shape, string? legend)
    {
        if (lower is { } l && upper is { } u)
        {
            var whisker = plot.Add.Line(Math.Log10(l), y, Math.Log10(u), y);
            whisker.Color = color;
            whisker.LineWidth = 2;
        }

        var marker = plot.Add.Marker(Math.Log10(value), y, shape, 9, color);
        if (legend is not null)
        {
            marker.LegendText = legend;
        }
    }
}
