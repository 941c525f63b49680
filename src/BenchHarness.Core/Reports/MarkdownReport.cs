using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// report.md: what was measured where, the claim in its own words (when a platform answers it), every platform at a glance with the index plot, the headline of each platform (its index, coverage, failures, response-time crossings and the
/// time of each action), the plots, the overview table, the long tables, the disclosure, the notes and the method.
/// Every piece of text from a suite or platform file is escaped (<see cref="MarkdownText"/>).
/// </summary>
public sealed class MarkdownReport : IExporter
{
    public IReadOnlyList<ExportedFile> Export(RunResult result)
    {
        var md = new StringBuilder();
        md.Append("# BenchHarness report: suite ").Append(E(result.Suite.Name)).Append("\n\n");
        md.Append(E(ReportTables.WhatWhere(result))).Append("\n\n").Append(E(ReportTables.Summary(result))).Append("\n\n");
        foreach (var claim in ReportTables.Claims(result))
        {
            md.Append("## The claim\n\n**").Append(E(claim.Sentence)).Append("**\n\n");
            md.Append(claim.Proxy is null ? "" : E(claim.Proxy) + "\n\n");
        }

        var glance = ReportTables.AtAGlance(result);
        md.Append("## ").Append(E(glance.Title)).Append("\n\n");
        AppendTable(md, glance);
        md.Append(ReportTables.Noise(result) is { } noise ? E(noise) + "\n\n" : "");
        AppendPlot(md, ReportPlots.Index(MeasureWords.Of(result.Suite.Measure)));
        foreach (var headline in ReportTables.Headlines(result))
        {
            md.Append("## ").Append(E(headline.Heading)).Append("\n\n");
            md.Append("**").Append(E(headline.Sentence)).Append("**\n\n");
            AppendTable(md, headline.Brief);
            md.Append(E(headline.Crossings)).Append("\n\n");
            AppendTable(md, headline.Times);
        }

        md.Append("## Plots\n\n");
        foreach (var plot in ReportPlots.Rest(MeasureWords.Of(result.Suite.Measure)))
        {
            AppendPlot(md, plot);
        }

        foreach (var table in ReportTables.All(result))
        {
            md.Append("## ").Append(E(table.Title)).Append("\n\n");
            AppendTable(md, table);
        }

        if (result.Notes.Count > 0)
        {
            md.Append("## Notes\n\n");
            foreach (var note in result.Notes)
            {
                md.Append("- ").Append(E(note)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## Method\n\n").Append(E(Method.For(MeasureWords.Of(result.Suite.Measure)))).Append("\n\nIn full, with its validation: ").Append(E(Method.Source)).Append(" in BenchHarness.\n");
        return [new ExportedFile("report.md", Encoding.UTF8.GetBytes(md.ToString()))];
    }

    private static void AppendPlot(StringBuilder md, ReportPlots.Plot plot) =>
        md.Append("![").Append(E(plot.Caption)).Append("](plots/").Append(plot.Stem).Append(".svg)\n\n").Append(E(plot.Caption)).Append("\n\n");

    private static void AppendTable(StringBuilder md, ReportTables.Table table)
    {
        if (table.Caption is not null)
        {
            md.Append(E(table.Caption)).Append("\n\n");
        }

        md.Append("| ").Append(string.Join(" | ", table.Header.Select(E))).Append(" |\n");
        md.Append('|').Append(string.Concat(table.Header.Select(_ => "---|"))).Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append("| ").Append(string.Join(" | ", row.Select(E))).Append(" |\n");
        }

        md.Append('\n');
    }

    private static string E(string text) => MarkdownText.Escape(text);
}
