using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/forest: every workload on every emulated platform, its warm ratio to its baseline on a log axis with its
/// 95% interval, a line at 1×; a cell that crashed, timed out or was incorrect (or whose baseline was) is marked
/// with a red cross and its status in a margin column right of the axis ("no ratio").
/// </summary>
public static class ForestChart
{
    public const string Stem = "forest";

    public sealed record Row(string Workload, string Platform, string Baseline, int Colour, ComparisonResult? Comparison, string? Failure);

    public static IReadOnlyList<Row> Rows(RunResult result)
    {
        var emulated = result.Platforms.Where(p => p.Baseline is not null && p.Status == PlatformStatus.Available).ToList();
        return result.Suite.Weights.Keys.SelectMany(w => emulated.Select((p, i) =>
        {
            var (comparison, failure) = result.AgainstBaseline(p, w);
            return new Row(w, p.Name, p.Baseline!, i, comparison, failure);
        })).Where(r => r.Comparison is not null || r.Failure is not null).ToList();
    }

    public static IEnumerable<ExportedFile> Export(RunResult result)
    {
        var rows = Rows(result);
        var plot = new Plot();
        var (min, max) = ChartKit.Span(rows.SelectMany(r => new[] { r.Comparison?.Ratio, r.Comparison?.CiLower, r.Comparison?.CiUpper }).OfType<double>(), includeOne: true);
        var labels = new List<(double Y, string Text)>();
        var legend = new HashSet<string>();
        // A margin column for the cells without a ratio, a third of the axis wide, right of it.
        var span = Math.Log10(max) - Math.Log10(min);
        var margin = Math.Log10(max) + (0.04 * span);
        var right = rows.Any(r => r.Comparison is null) ? Math.Log10(max) + (0.35 * span) : Math.Log10(max);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            double y = rows.Count - i;
            labels.Add((y, $"{row.Workload} · {row.Platform}"));
            if (row.Comparison is { } c)
            {
                if (c.CiLower is { } lower && c.CiUpper is { } upper)
                {
                    var whisker = plot.Add.Line(Math.Log10(lower), y, Math.Log10(upper), y);
                    whisker.Color = ChartKit.ColorOf(row.Colour);
                    whisker.LineWidth = 2;
                }

                var point = plot.Add.Marker(Math.Log10(c.Ratio), y, MarkerShape.FilledCircle, 7, ChartKit.ColorOf(row.Colour));
                if (legend.Add(row.Platform))
                {
                    point.LegendText = $"{row.Platform} ÷ {row.Baseline}";
                }
            }
            else
            {
                // In the margin column right of the axis, not on the 1× line: a failure has no ratio.
                plot.Add.Marker(margin, y, MarkerShape.Eks, 9, ChartKit.Failed);
                var text = plot.Add.Text(row.Failure!, margin, y);
                ChartKit.Style(text, ChartKit.Failed, Alignment.MiddleLeft);
                text.OffsetX = 8;
            }
        }

        if (rows.Any(r => r.Comparison is null))
        {
            plot.Add.VerticalLine(Math.Log10(max), 1, Colors.Gray);
            var heading = plot.Add.Text("no ratio", margin, rows.Count + 0.5);
            ChartKit.Style(heading, ChartKit.Failed, Alignment.MiddleLeft);
        }

        plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        plot.Axes.Bottom.TickGenerator = ChartKit.LogTicks(min, max, ChartKit.RatioLabel);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(labels.Select(l => l.Y).ToArray(), labels.Select(l => l.Text).ToArray());
        plot.Axes.SetLimits(Math.Log10(min), right, 0.3, rows.Count + 0.9);
        plot.Axes.Bottom.Label.Text = MeasureWords.Of(result.Suite.Measure).RatioAxis;
        plot.Title(rows.Count == 0 ? "No emulated platform with a ratio" : $"{MeasureWords.Of(result.Suite.Measure).PerWorkload}, with 95% intervals");
        plot.ShowLegend(Edge.Top);
        return ChartKit.Files(Stem, plot, 1100, 120 + (18 * Math.Max(rows.Count, 4)));
    }
}
