using BenchHarness.Core.Compare;
using BenchHarness.Core.Reports;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/measures: per platform and workload, the time ratio (x) against the host-instruction ratio (y), both to the same
/// baseline, with their 95% intervals, on log axes. On the diagonal the two measures agree; below it, time grew more than
/// the instructions (memory stalls, the kernel, waiting); above it, less.
/// </summary>
public static class MeasuresChart
{
    public const string Stem = "measures";

    public static IEnumerable<ExportedFile> Export(MeasureAgreement agreement)
    {
        var plot = new Plot();
        var platforms = agreement.Rows.Select(r => r.Platform).Distinct().ToList();
        var all = agreement.Rows.SelectMany(r => new[] { r.Time.Value, r.Time.Lower, r.Time.Upper, r.Instructions.Value, r.Instructions.Lower, r.Instructions.Upper }).OfType<double>().ToList();
        var (min, max) = ChartKit.Span(all, includeOne: true);
        for (var p = 0; p < platforms.Count; p++)
        {
            var rows = agreement.Rows.Where(r => r.Platform == platforms[p]).ToList();
            var color = ChartKit.ColorOf(p);
            foreach (var r in rows)
            {
                var (x, y) = (Math.Log10(r.Time.Value), Math.Log10(r.Instructions.Value));
                if (r.Time is { Lower: { } tl, Upper: { } tu })
                {
                    plot.Add.Line(Math.Log10(tl), y, Math.Log10(tu), y).Color = color.WithAlpha(0.5);
                }

                if (r.Instructions is { Lower: { } il, Upper: { } iu })
                {
                    plot.Add.Line(x, Math.Log10(il), x, Math.Log10(iu)).Color = color.WithAlpha(0.5);
                }

                var label = plot.Add.Text(r.Workload, x, y);
                label.LabelFontSize = 9;
                label.LabelFontColor = color;
                label.OffsetX = 5;
                label.OffsetY = -5;
            }

            var markers = plot.Add.Markers(rows.Select(r => Math.Log10(r.Time.Value)).ToArray(), rows.Select(r => Math.Log10(r.Instructions.Value)).ToArray(), MarkerShape.FilledCircle, 7, color);
            markers.LegendText = $"{platforms[p]} ÷ {rows[0].Baseline}";
        }

        ChartKit.Diagonal(plot, min, max, "time ratio = instruction ratio", "time ratio to the baseline (log scale)", "host-instruction ratio to the baseline (log scale)");
        plot.Title(agreement.Rows.Count == 0 ? "No workload measured both ways" : "Time against host instructions, per workload, with 95% intervals");
        plot.ShowLegend(Edge.Right);
        return ChartKit.Files(Stem, plot, 1100, 820);
    }
}
