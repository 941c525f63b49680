using System.Text;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// report.html: the content of report.md in one self-contained file (its first screen: what was measured where, the claim, every platform at a glance and the index plot) — the plots inlined as SVG, no external
/// request, the long tables folded (and unfolded for printing), every string escaped.
/// </summary>
public sealed class HtmlReport(IExporter? plots = null) : IExporter
{
    private const string Css = ".lead{font-size:1.1em}.details{font-size:.85em;color:#444}#overview figure svg{max-height:460px}.headline{font-size:1.15em;font-weight:600;margin-bottom:.2em}figure{margin:1.5em 0}figure svg{max-width:100%;height:auto}"
        + "figcaption{font-size:.9em;color:#444}summary{cursor:pointer;font-weight:600;margin:.6em 0}summary:focus-visible,a:focus-visible{outline:2px solid #0b57d0}"
        + "td.bad{color:#b42318}details::details-content{content-visibility:visible}@media print{body{margin:0;max-width:none}figure{break-inside:avoid}}";

    /// <summary>Unfolds every folded table before printing (a browser prints a closed details element closed).</summary>
    private const string PrintScript = "<script>addEventListener('beforeprint',()=>document.querySelectorAll('details').forEach(d=>d.open=true));</script>\n";

    public IReadOnlyList<ExportedFile> Export(RunResult result)
    {
        var html = HtmlPage.Start($"BenchHarness: {result.Suite.Name}", Css);
        html.Append("<main>\n<h1>BenchHarness report: suite ").Append(E(result.Suite.Name)).Append("</h1>\n");
        html.Append("<p class=\"lead\">").Append(E(ReportTables.WhatWhere(result))).Append("</p>\n<p class=\"details\">").Append(E(ReportTables.Summary(result))).Append("</p>\n");
        foreach (var claim in ReportTables.Claims(result))
        {
            html.Append("<section id=\"claim\" aria-label=\"The claim\"><h2>The claim</h2>\n<p class=\"headline\">").Append(E(claim.Sentence)).Append("</p>\n");
            html.Append(claim.Proxy is null ? "" : $"<p>{E(claim.Proxy)}</p>\n").Append("</section>\n");
        }

        var drawn = plots?.Export(result) ?? [];
        var glance = ReportTables.AtAGlance(result);
        html.Append("<section id=\"overview\" aria-label=\"").Append(E(glance.Title)).Append("\"><h2>").Append(E(glance.Title)).Append("</h2>\n");
        AppendTable(html, glance, folded: false);
        html.Append(ReportTables.Noise(result) is { } noise ? $"<p class=\"details\">{E(noise)}</p>\n" : "");
        AppendPlot(html, drawn, ReportPlots.Index(MeasureWords.Of(result.Suite.Measure)));
        html.Append("</section>\n<section id=\"headline\" aria-label=\"Each platform\">\n");
        foreach (var headline in ReportTables.Headlines(result))
        {
            html.Append("<h2>").Append(E(headline.Heading)).Append("</h2>\n<p class=\"headline\">").Append(E(headline.Sentence)).Append("</p>\n");
            AppendTable(html, headline.Brief, folded: false);
            html.Append("<p>").Append(E(headline.Crossings)).Append("</p>\n");
            AppendTable(html, headline.Times, folded: false);
        }

        html.Append("</section>\n<section id=\"plots\" aria-label=\"Plots\"><h2>Plots</h2>\n");
        foreach (var plot in ReportPlots.Rest(MeasureWords.Of(result.Suite.Measure)))
        {
            AppendPlot(html, drawn, plot);
        }

        html.Append("</section>\n");
        foreach (var table in ReportTables.All(result))
        {
            html.Append("<section aria-label=\"").Append(E(table.Title)).Append("\"><h2>").Append(E(table.Title)).Append("</h2>\n");
            AppendTable(html, table, table.Collapsed);
            html.Append("</section>\n");
        }

        if (result.Notes.Count > 0)
        {
            html.Append("<h2>Notes</h2><ul>").AppendJoin("", result.Notes.Select(n => $"<li>{E(n)}</li>")).Append("</ul>\n");
        }

        html.Append("<h2>Method</h2><p>").Append(E(Method.For(MeasureWords.Of(result.Suite.Measure)))).Append("</p>\n<p>In full, with its validation: ").Append(E(Method.Source)).Append(" in BenchHarness.</p>\n</main>\n")
            .Append(PrintScript).Append("</body></html>\n");
        return [new ExportedFile("report.html", Encoding.UTF8.GetBytes(html.ToString()))];
    }

    private static void AppendPlot(StringBuilder html, IReadOnlyList<ExportedFile> drawn, ReportPlots.Plot plot)
    {
        html.Append("<figure id=\"plot-").Append(plot.Stem).Append("\">");
        html.Append(ReportPlots.Svg(drawn, plot) is { } svg ? InlineSvg.Prepare(svg, plot.Stem, plot.Caption) : $"<p>(plots/{plot.Stem}.svg was not drawn)</p>");
        html.Append("<figcaption>").Append(E(plot.Caption)).Append(" <a href=\"plots/").Append(plot.Stem).Append(".png\">PNG</a></figcaption></figure>\n");
    }

    private static void AppendTable(StringBuilder html, ReportTables.Table table, bool folded)
    {
        if (table.Caption is not null)
        {
            html.Append("<p>").Append(E(table.Caption)).Append("</p>\n");
        }

        if (folded)
        {
            html.Append("<details><summary>").Append(E(table.Title)).Append($": {table.Rows.Count} rows (show)</summary>\n");
        }

        html.Append("<table><thead><tr>").AppendJoin("", table.Header.Select(h => $"<th scope=\"col\">{E(h)}</th>")).Append("</tr></thead><tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>").AppendJoin("", row.Select(Cell)).Append("</tr>\n");
        }

        html.Append("</tbody></table>\n").Append(folded ? "</details>\n" : "");
    }

    private static string Cell(string text)
    {
        var bad = text.StartsWith("crashed", StringComparison.Ordinal) || text.StartsWith("timeout", StringComparison.Ordinal)
            || text.StartsWith("incorrect", StringComparison.Ordinal) || text.StartsWith("unavailable", StringComparison.Ordinal);
        return $"<td{(bad ? " class=\"bad\"" : "")}>{E(text)}</td>";
    }

    private static string E(string text) => HtmlPage.E(text);
}
