using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>report.md: the headline, the tables, the notes and the method.</summary>
public sealed class MarkdownReport : IExporter
{
    public IReadOnlyList<ExportedFile> Export(RunResult result)
    {
        var md = new StringBuilder();
        md.Append("# BenchHarness report: suite ").Append(result.Suite.Name).Append("\n\n");
        md.Append($"Host {result.Host.Platform} · inputs {Words.Of(result.Suite.Size)} · {result.Suite.Launches} launch(es) per cell · started {Format.Time(result.Started)} · finished {Format.Time(result.Finished)}\n\n");
        if (Format.Machine(result.Host.Machine) is { Length: > 0 } machine)
        {
            md.Append("Machine: ").Append(machine).Append("\n\n");
        }

        foreach (var index in result.Index)
        {
            md.Append("- **").Append(ReportTables.Headline(index)).Append("**\n");
        }

        md.Append("\n![Slowdown per workload and platform](plots/slowdown.svg)\n\n");
        foreach (var table in ReportTables.All(result))
        {
            md.Append("## ").Append(table.Title).Append("\n\n");
            if (table.Caption is not null)
            {
                md.Append(table.Caption).Append("\n\n");
            }

            md.Append("| ").Append(string.Join(" | ", table.Header)).Append(" |\n");
            md.Append('|').Append(string.Concat(table.Header.Select(_ => "---|"))).Append('\n');
            foreach (var row in table.Rows)
            {
                md.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
            }

            md.Append('\n');
        }

        if (result.Notes.Count > 0)
        {
            md.Append("## Notes\n\n");
            foreach (var note in result.Notes)
            {
                md.Append("- ").Append(note).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## Method\n\n").Append(Method.Text).Append("\n\nIn full, with its validation: ").Append(Method.Source).Append(" in BenchHarness.\n");
        return [new ExportedFile("report.md", Encoding.UTF8.GetBytes(md.ToString()))];
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
