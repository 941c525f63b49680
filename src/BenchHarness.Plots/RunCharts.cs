using System.Runtime.CompilerServices;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;

namespace BenchHarness.Plots;

/// <summary>
/// The plots of a run, each as PNG and SVG under plots/. Which plots, in what order and with what caption is
/// <see cref="ReportPlots.All"/> (docs/method.md's list); here each stem finds the chart that draws it. They are drawn
/// once per result: the HTML report inlines the same SVGs that are written beside it.
/// </summary>
public sealed class RunCharts : IExporter
{
    private static readonly Dictionary<string, Func<RunResult, IEnumerable<ExportedFile>>> Charts = new(StringComparer.Ordinal)
    {
        [ForestChart.Stem] = ForestChart.Export,
        [IndexChart.Stem] = IndexChart.Export,
        [DistributionChart.Stem] = DistributionChart.Export,
        [WarmUpChart.Stem] = WarmUpChart.Export,
        [ColdWarmChart.Stem] = ColdWarmChart.Export,
        [HeatmapChart.Stem] = HeatmapChart.Export,
    };

    /// <summary>The stems this project can draw; each must be in <see cref="ReportPlots.All"/>, and each of those here.</summary>
    public static IReadOnlyCollection<string> Stems => Charts.Keys;

    private readonly ConditionalWeakTable<RunResult, IReadOnlyList<ExportedFile>> drawn = [];

    public IReadOnlyList<ExportedFile> Export(RunResult result) =>
        drawn.GetValue(result, r => ReportPlots.For(MeasureWords.Of(r.Suite.Measure)).SelectMany(p => Charts[p.Stem](r)).ToList());
}
