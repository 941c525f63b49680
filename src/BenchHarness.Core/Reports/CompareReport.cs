using System.Text;
using System.Text.Json;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports.Columns;

namespace BenchHarness.Core.Reports;

/// <summary>A gate's outcome as compare.md (a GitHub-flavoured table, fit for a CI job summary), compare.json and a terminal table.</summary>
public static class CompareReport
{
    private static readonly string[] Header = [.. GateColumns.All.Select(c => c.Header)];

    /// <summary>
    /// One line that starts with the outcome a CI job acts on: REGRESSION (exit 1), UNDECIDED (exit 3) or PASS (exit 0), then
    /// the rows that decided it and the count of each verdict.
    /// </summary>
    public static string Summary(GateResult gate)
    {
        var rows = Counted.Of(gate.Rows.Count, "row", "rows");
        var counts = string.Join(", ", gate.Rows.GroupBy(r => r.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Words.Of(g.Key)}"));
        return gate.Outcome switch
        {
            GateOutcome.Regression => $"REGRESSION: {gate.Regressions} of {rows} ({string.Join(", ", gate.Rows.Where(r => r.Regression).Select(r => $"{r.Platform} · {r.Workload}"))}); {counts}",
            GateOutcome.Undecided when gate.Rows.Count == 0 => "UNDECIDED: nothing to judge (no platform compared with a baseline in both runs)",
            GateOutcome.Undecided => $"UNDECIDED: no regression shown, but {gate.Undecided} of {rows} could not be decided (threshold {Percent.Text(gate.Threshold)}; see why); {counts}",
            _ => $"PASS: every one of {rows} shown not slower than the threshold ({Percent.Text(gate.Threshold)}); {counts}",
        };
    }

    public static string Markdown(GateResult gate)
    {
        var md = new StringBuilder();
        md.Append("# BenchHarness compare: ").Append(gate.Mode == GateMode.Paired ? "candidates against their references, one run" : "two runs").Append("\n\n");
        md.Append("**").Append(MarkdownText.Escape(Summary(gate))).Append("**\n\n");
        md.Append("Runs: ").Append(string.Join(" → ", gate.Runs.Select(MarkdownText.Escape))).Append($" · threshold {Percent.Text(gate.Threshold)} · ")
            .Append($"catches a true {Percent.Text(gate.Change)} slowdown with 80% power at the launches named · ")
            .Append(gate.Mode == GateMode.Paired ? "paired round by round" : $"the run as the unit: each platform's ratio to its in-run baseline (named as reference), between-run variance from {Counted.Of(gate.AaRuns, "A/A run", "A/A runs")}; baselines' own times not gated, their failures are").Append("\n\n");
        foreach (var forced in gate.Forced)
        {
            md.Append("- not like for like, compared anyway (forced): ").Append(MarkdownText.Escape(forced)).Append('\n');
        }

        md.Append(gate.Forced.Count > 0 ? "\n" : "");
        md.Append("| ").Append(string.Join(" | ", Header)).Append(" |\n|").Append(string.Concat(Header.Select(_ => "---|"))).Append('\n');
        foreach (var row in Rows(gate, markdown: true))
        {
            // Every cell escaped; a regression's verdict is then set in bold, the one piece of markup in a row.
            md.Append("| ").Append(string.Join(" | ", row.Select((cell, i) => GateColumns.All[i] == GateColumns.Verdict && cell.StartsWith("**", StringComparison.Ordinal) ? cell : MarkdownText.Escape(cell)))).Append(" |\n");
        }

        md.Append('\n').Append(Legends.Caption("compare.md")).Append('\n');
        if (gate.Failures.Count > 0)
        {
            md.Append("\n| candidate | reference | failed processes, candidate | failed processes, reference | Fisher's exact p (two-sided) |\n|---|---|---|---|---|\n");
            foreach (var f in gate.Failures)
            {
                md.Append($"| {MarkdownText.Escape(f.Platform)} | {MarkdownText.Escape(f.Reference)} | {FailureText(f.CandidateFailed, f.CandidateStarted)} | {FailureText(f.ReferenceFailed, f.ReferenceStarted)} | {Format.PValue(f.PValue)} |\n");
            }

            md.Append('\n').Append(Legends.Caption("compare.md failures")).Append('\n');
        }

        return md.ToString();
    }

    public static string Terminal(GateResult gate)
    {
        return Format.TerminalTable([Header, .. Rows(gate, markdown: false)]) + Summary(gate) + "\n";
    }

    public static byte[] Json(GateResult gate) => JsonSerializer.SerializeToUtf8Bytes(gate, StoredJson.Options);

    private static IEnumerable<string[]> Rows(GateResult gate, bool markdown) =>
        gate.Rows.OrderByDescending(r => r.Regression).ThenBy(r => r.Platform, StringComparer.Ordinal).ThenBy(r => r.Workload, StringComparer.Ordinal)
            .Select(r => GateColumns.All.Select(c => c == GateColumns.Verdict && r.Regression ? Regression(c.Text(r), markdown) : c.Text(r)).ToArray());

    private static string FailureText(int failed, int started) => $"{Format.Count(failed)} of {Format.Count(started)}";

    private static string Regression(string verdict, bool markdown) => markdown ? $"**{verdict}**" : verdict.ToUpperInvariant();
}
