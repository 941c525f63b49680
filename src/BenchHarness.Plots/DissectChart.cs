using BenchHarness.Core.Analysis;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Runner;
using ScottPlot;

namespace BenchHarness.Plots;

/// <summary>
/// plots/dissect: where each workload's host instructions went, one stacked bar per workload and platform (the
/// platforms of a workload side by side, so that two builds compare part by part), each part its share of the
/// counted invocations' instructions; written by <c>dissect RUN</c> for a run that counted instructions.
/// </summary>
public static class DissectChart
{
    public const string Stem = "dissect";

    public static IEnumerable<ExportedFile> Export(IReadOnlyList<WorkloadDissection> dissections)
    {
        var plot = new Plot();
        var rows = dissections.OrderBy(d => d.Workload, StringComparer.Ordinal).ThenBy(d => d.Platform, StringComparer.Ordinal).ToList();
        var parts = Enum.GetValues<HostPart>().Where(part => rows.Any(r => r.Result.Parts.Any(s => s.Part == part))).ToList();
        var bars = new List<Bar>();
        var labels = new List<(double Y, string Text)>();
        for (var i = 0; i < rows.Count; i++)
        {
            double y = rows.Count - i;
            var start = 0.0;
            foreach (var part in parts)
            {
                var share = rows[i].Result.Parts.FirstOrDefault(s => s.Part == part)?.Fraction ?? 0;
                bars.Add(new Bar { Position = y, ValueBase = start * 100, Value = (start + share) * 100, FillColor = ChartKit.ColorOf(parts.IndexOf(part)), LineWidth = 0 });
                start += share;
            }

            labels.Add((y, $"{rows[i].Workload} · {rows[i].Platform} ({Format.Amount(rows[i].Result.Total / (double)Math.Max(1, rows[i].Invocations), Core.Model.MeasureKind.Instructions)})"));
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        foreach (var part in parts)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Dissection.Name(part), FillColor = ChartKit.ColorOf(parts.IndexOf(part)) });
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(labels.Select(l => l.Y).ToArray(), labels.Select(l => l.Text).ToArray());
        plot.Axes.SetLimits(0, 100, 0.4, rows.Count + 0.6);
        plot.Axes.Bottom.Label.Text = "share of the host instructions of one warm invocation (%)";
        plot.Title(rows.Count == 0 ? "No counted invocation to dissect" : "Where the host instructions go, per workload and platform");
        plot.ShowLegend(Edge.Top);
        return ChartKit.Files(Stem, plot, 1100, 160 + (30 * Math.Max(rows.Count, 2)));
    }
}
