using System.Text;
using BenchHarness.Core.History;
using BenchHarness.Core.Reports;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/trend-PLATFORM-vs-BASELINE-WORKLOAD.png and .svg: one point per run with its 95% interval as a whisker, a
/// dashed line at 1×, and a red vertical line at each step, labelled with the run where it starts.
/// </summary>
public static class TrendChart
{
    public const int Width = 900;
    public const int Height = 420;

    public static IReadOnlyList<ExportedFile> Export(HistoryResult history) =>
        history.Trends.Where(t => t.Points.Count > 0).SelectMany(t =>
        {
            var plot = Build(t, history.Runs, MeasureWords.Of(history.Measure));
            return new[]
            {
                new ExportedFile($"plots/{t.PlotName}.png", plot.GetImageBytes(Width, Height, ImageFormat.Png)),
                new ExportedFile($"plots/{t.PlotName}.svg", Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, Height))),
            };
        }).ToList();

    public static Plot Build(Trend trend, IReadOnlyList<HistoryRun> runs, MeasureWords words)
    {
        var plot = new Plot();
        foreach (var point in trend.Points.Where(p => p.CiLower is not null && p.CiUpper is not null))
        {
            var whisker = plot.Add.Line(point.Run, point.CiLower!.Value, point.Run, point.CiUpper!.Value);
            whisker.Color = Colors.Black;
            whisker.LineWidth = 1.5f;
        }

        var scatter = plot.Add.Scatter(trend.Points.Select(p => (double)p.Run).ToArray(), trend.Points.Select(p => p.Value).ToArray());
        scatter.LegendText = trend.Workload == Trend.IndexName ? "geometric-mean score" : "warm ratio";
        foreach (var step in trend.Steps)
        {
            var line = plot.Add.VerticalLine(step.Run - 0.5, 2, Colors.Red, LinePattern.Dashed);
            line.LegendText = $"step at {step.RunLabel}: {Format.Ratio(step.Before)} → {Format.Ratio(step.After)} ({Core.Model.Words.Of(step.Verdict)})";
        }

        plot.Add.HorizontalLine(1, 1, Colors.Gray, LinePattern.Dotted);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, runs.Count).Select(i => (double)i).ToArray(), runs.Select(r => r.Label).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 90;
        plot.Axes.SetLimitsX(-0.5, runs.Count - 0.5);
        plot.Axes.Left.Label.Text = $"× {trend.Baseline} {words.Quantity}";
        plot.Title($"{trend.Platform} · {trend.Workload}");
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }
}
