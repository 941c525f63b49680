using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports.Columns;

namespace BenchHarness.Core.Reports;

/// <summary>Time beside host instructions (<see cref="MeasureAgreement"/>) as measures.md, measures.json and a terminal table.</summary>
public static class MeasuresReport
{
    private static readonly string[] Header = ["platform", "baseline", "workload", "time ratio [95% CI]", "instruction ratio [95% CI]", "time ÷ instructions", "intervals overlap"];

    /// <summary>The agreement in one line: how many rows, how close to the diagonal, and time per instruction.</summary>
    public static string Summary(MeasureAgreement agreement)
    {
        var rows = Counted.Of(agreement.Rows.Count, "workload and platform", "workloads and platforms");
        if (agreement.Rows.Count == 0)
        {
            return "No workload and platform has a ratio in both runs.";
        }

        var overlap = agreement.Rows.Count(r => r.IntervalsOverlap);
        return $"{rows} measured both ways: Lin's concordance of the log ratios {Number(agreement.Concordance)}, Pearson's r {Number(agreement.Correlation)}; "
            + $"time ÷ instructions {Format.Ratio(agreement.TimePerInstruction)} (geometric mean, {Format.Ratio(agreement.Rows.Min(r => r.TimePerInstruction))} – {Format.Ratio(agreement.Rows.Max(r => r.TimePerInstruction))}); "
            + $"the two intervals overlap in {overlap} of {agreement.Rows.Count}.";
    }

    public static string Markdown(MeasureAgreement agreement, bool plotted)
    {
        var md = new StringBuilder();
        md.Append("# BenchHarness measures: time beside host instructions\n\n");
        md.Append("**").Append(MarkdownText.Escape(Summary(agreement))).Append("**\n\n");
        md.Append("Time: ").Append(MarkdownText.Escape(agreement.TimeRun)).Append(" · host instructions: ").Append(MarkdownText.Escape(agreement.InstructionRun)).Append("\n\n");
        foreach (var forced in agreement.Forced)
        {
            md.Append("- not like for like, compared anyway (forced): ").Append(MarkdownText.Escape(forced)).Append('\n');
        }

        md.Append(agreement.Forced.Count > 0 ? "\n" : "");
        md.Append("| ").Append(string.Join(" | ", Header)).Append(" |\n|").Append(string.Concat(Header.Select(_ => "---|"))).Append('\n');
        foreach (var row in Rows(agreement))
        {
            md.Append("| ").Append(string.Join(" | ", row.Select(MarkdownText.Escape))).Append(" |\n");
        }

        md.Append('\n').Append(Legends.Caption("measures.md")).Append("\n\n");
        if (plotted)
        {
            md.Append("![").Append(Legends.Caption("measures.md plot")).Append("](plots/measures.svg)\n\n").Append(Legends.Caption("measures.md plot")).Append('\n');
        }

        return md.ToString();
    }

    public static string Terminal(MeasureAgreement agreement)
    {
        return Format.TerminalTable([Header, .. Rows(agreement)]) + Summary(agreement) + "\n";
    }

    public static byte[] Json(MeasureAgreement agreement) => JsonSerializer.SerializeToUtf8Bytes(agreement, StoredJson.Options);

    private static IEnumerable<string[]> Rows(MeasureAgreement agreement) => agreement.Rows.Select(r => new[]
    {
        r.Platform, r.Baseline, r.Workload, Figure(r.Time), Figure(r.Instructions), Format.Ratio(r.TimePerInstruction), r.IntervalsOverlap ? "yes" : "no",
    });

    private static string Figure(RatioFigure f) => f.Lower is null ? Format.Ratio(f.Value) : $"{Format.Ratio(f.Value)} {Format.RatioInterval(f.Lower, f.Upper)}";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
