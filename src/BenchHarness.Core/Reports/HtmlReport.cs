using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>report.html: the same content as report.md, self-contained but for the plot beside it.</summary>
public sealed class HtmlReport : IExporter
{
    public IReadOnlyList<ExportedFile> Export(RunResult result)
    {
        var html = HtmlPage.Start($"BenchHarness: {result.Suite.Name}", "td.ok{color:#1a7f37}td.bad{color:#b42318}.headline{font-size:1.2em;font-weight:600}img{max-width:100%}");
        html.Append("<h1>BenchHarness report: suite ").Append(E(result.Suite.Name)).Append("</h1>\n");
        html.Append("<p>Host ").Append(E(result.Host.Platform)).Append(" · inputs ").Append(E(Words.Of(result.Suite.Size))).Append(" · started ").Append(E(Format.Time(result.Started)))
            .Append(" · finished ").Append(E(Format.Time(result.Finished))).Append("</p>\n");
        if (Format.Machine(result.Host.Machine) is { Length: > 0 } machine)
        {
            html.Append("<p>Machine: ").Append(E(machine)).Append("</p>\n");
        }

        foreach (var index in result.Index)
        {
            html.Append("<p class=\"headline\">").Append(E(ReportTables.Headline(index))).Append("</p>\n");
        }

        html.Append("<img src=\"plots/slowdown.svg\" alt=\"Slowdown per workload and platform\">\n");
        foreach (var table in ReportTables.All(result))
        {
            html.Append("<h2>").Append(E(table.Title)).Append("</h2>\n");
            if (table.Caption is not null)
            {
                html.Append("<p>").Append(E(table.Caption)).Append("</p>\n");
            }

            html.Append("<table><thead><tr>").AppendJoin("", table.Header.Select(h => $"<th>{E(h)}</th>")).Append("</tr></thead><tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>").AppendJoin("", row.Select(Cell)).Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        if (result.Notes.Count > 0)
        {
            html.Append("<h2>Notes</h2><ul>").AppendJoin("", result.Notes.Select(n => $"<li>{E(n)}</li>")).Append("</ul>\n");
        }

        html.Append("<h2>Method</h2><p>").Append(E(Method.Text)).Append("</p>\n<p>In full, with its validation: ").Append(E(Method.Source)).Append(" in BenchHarness.</p>\n</body></html>\n");
        return [new ExportedFile("report.html", Encoding.UTF8.GetBytes(html.ToString()))];
    }

    private static string Cell(string text)
    {
        var css = text == "ok" ? " class=\"ok\"" : text.StartsWith("crashed", StringComparison.Ordinal) || text.StartsWith("timeout", StringComparison.Ordinal)
            || text.StartsWith("incorrect", StringComparison.Ordinal) || text.StartsWith("unavailable", StringComparison.Ordinal) ? " class=\"bad\"" : "";
        return $"<td{css}>{E(text)}</td>";
    }

    private static string E(string text) => HtmlPage.E(text);
}
