using BenchHarness.Core.Reports.Columns;

namespace BenchHarness.Core.Reports;

/// <summary>
/// The plots a report shows, in order: each file stem under plots/ (PNG and SVG) and what it shows. The list is the
/// section "### Plots" of docs/method.md, the one place a plot is listed; BenchHarness.Plots draws each stem.
/// </summary>
public static class ReportPlots
{
    public sealed record Plot(string Stem, string Caption);

    public static IReadOnlyList<Plot> All { get; } = Legends.EntriesOf("Plots").Select(e => new Plot(e.Key, e.Text)).ToList();

    /// <summary>The plots of a run that measured this: a counting run's list is docs/method.md's "Plots (host instructions)", without the plots of cold invocations and warm-up, which it does not count.</summary>
    public static IReadOnlyList<Plot> For(MeasureWords words) =>
        Legends.TitleFor("Plots", words) is var title && title == "Plots" ? All : Legends.EntriesOf(title).Select(e => new Plot(e.Key, e.Text)).ToList();

    /// <summary>The index plot: on the report's first screen, beside the table at a glance.</summary>
    public static Plot Index(MeasureWords words) => For(words).First(p => p.Stem == "index");

    /// <summary>The plots of the Plots section: all but the index.</summary>
    public static IReadOnlyList<Plot> Rest(MeasureWords words) => For(words).Where(p => p.Stem != "index").ToList();

    /// <summary>The SVG of a plot, for the HTML report to inline; null when the plots were not drawn.</summary>
    public static string? Svg(IEnumerable<ExportedFile> files, Plot plot) =>
        files.FirstOrDefault(f => f.RelativePath == $"plots/{plot.Stem}.svg") is { } file ? System.Text.Encoding.UTF8.GetString(file.Content) : null;
}
