namespace BenchHarness.Core.Reports;

/// <summary>The plots a report shows, in order: each file stem under plots/ (PNG and SVG) and what it shows.</summary>
public static class ReportPlots
{
    public sealed record Plot(string Stem, string Caption);

    public static IReadOnlyList<Plot> All { get; } =
    [
        new("index", "Productivity regression index per platform: the office-day slowdown and the geometric-mean score, with 95% intervals (log axis)."),
        new("heatmap", "Warm ratio to the baseline, workloads × platforms, coloured on a log scale; grey cells have no ratio and say why."),
        new("forest", "Every workload on every emulated platform: warm ratio with its 95% interval on a log axis; crashed, timed-out and incorrect cells are marked with a red cross."),
        new("distributions", "Each cell's warm samples: a box (quartiles, median, Tukey whiskers) and every sample, on a log time axis."),
        new("warmup", "Warm-up in a fresh process: each iteration's time over the launch's warm median, iteration 0 being the cold one; median over launches and workloads."),
        new("cold-warm", "Cold ratio (first invocation) against warm ratio per workload; above the diagonal, first use costs more under emulation."),
    ];

    /// <summary>The SVG of a plot, for the HTML report to inline; null when the plots were not drawn.</summary>
    public static string? Svg(IEnumerable<ExportedFile> files, Plot plot) =>
        files.FirstOrDefault(f => f.RelativePath == $"plots/{plot.Stem}.svg") is { } file ? System.Text.Encoding.UTF8.GetString(file.Content) : null;
}
