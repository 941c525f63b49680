using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchHarness.Core.Bisect;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Reports;

/// <summary>A bisect as bisect.md (the builds, the steps, the outcome and how looks were paid for), bisect.json, and its one-line outcome.</summary>
public static class BisectReport
{
    /// <summary>One line that starts with the outcome: FOUND, UNDECIDED or NOT REPRODUCED.</summary>
    public static string Summary(BisectResult bisect)
    {
        var what = bisect.Workload is { } w ? $"{bisect.Platform} · {w}" : $"{bisect.Platform} · suite {bisect.Suite}";
        var measured = $"{Counted.Of(bisect.Steps.Count, "step", "steps")}, {Counted.Of(bisect.Builds.Count(b => b.Step is not null), "build", "builds")} of {bisect.Builds.Count} measured";
        return bisect.Outcome switch
        {
            BisectOutcome.Found => $"FOUND: build {bisect.FirstBad!.Number} ({bisect.FirstBad.Spec}) is the first bad build for {what}; build {bisect.FirstBad.Number - 1} is good ({measured})",
            BisectOutcome.Undecided => $"UNDECIDED: build {bisect.UndecidedPair!.Build} against build {bisect.UndecidedPair.Good} for {what} could not be decided within {Counted.Of(bisect.Budget, "launch", "launches")} per build ({Step(bisect, bisect.UndecidedPair)}; {measured})",
            _ => $"NOT REPRODUCED: the last build is not bad against the first for {what} (shown within the {Percent.Text(bisect.Threshold)} threshold): nothing to bisect ({measured})",
        };
    }

    public static string Markdown(BisectResult bisect)
    {
        var md = new StringBuilder();
        md.Append("# BenchHarness bisect: ").Append(MarkdownText.Escape(bisect.Platform)).Append(" · ").Append(MarkdownText.Escape(bisect.Workload ?? $"suite {bisect.Suite}")).Append("\n\n");
        md.Append("**").Append(MarkdownText.Escape(Summary(bisect))).Append("**\n\n");
        md.Append($"Each build is measured against build 1 (the good reference) in one run, the two builds paired round by round; a build is bad when the gate calls it slower than build 1 by more than {Percent.Text(bisect.Threshold)}")
            .Append(bisect.Workload is null ? $" on any workload of the suite {MarkdownText.Escape(bisect.Suite)} (or newly broken)" : " (or newly broken)")
            .Append($". A pair is looked at after every {Counted.Of(bisect.Batch, "launch", "launches")} per build, up to {Counted.Of(bisect.Budget, "launch", "launches")} ({Counted.Of(bisect.Looks, "look", "looks")}); ")
            .Append($"each look's gate is at α = {Number(bisect.AlphaPerLook)}, the pair's α = {Number(bisect.Alpha)} split evenly over its looks (Bonferroni), so that looking again until the gate decides does not raise the chance of a wrong decision above α (conservative against group-sequential boundaries: Pocock 1977; Jennison and Turnbull 2000).\n\n");
        md.Append("| build | as given | emulator | step |\n|---|---|---|---|\n");
        foreach (var build in bisect.Builds)
        {
            var mark = build == bisect.FirstBad ? " **first bad**" : "";
            md.Append($"| {build.Number}{mark} | {MarkdownText.Escape(build.Spec)} | {MarkdownText.Escape(build.Path)} | {(build.Step is { } s ? s.ToString(CultureInfo.InvariantCulture) : "–")} |\n");
        }

        md.Append("\n| step | pair | look | launches per build | workload | ratio | lower bound | upper bound | verdict | run | why |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var step in bisect.Steps)
        {
            foreach (var (look, i) in step.Looks.Select((l, i) => (l, i)))
            {
                md.Append($"| {step.Step} | build {step.Pair.Build} against build {step.Pair.Good} | {i + 1} | {look.Launches} | {MarkdownText.Escape(look.Workload ?? "–")} | {Format.Ratio(look.Ratio)} | {Format.Ratio(look.LowerBound)} | {Format.Ratio(look.UpperBound)} | {Verdict(look.Verdict)} | ")
                    .Append(step.Folder is { } f ? MarkdownText.Escape(Path.GetFileName(f)) : "–").Append(" | ").Append(MarkdownText.Escape(look.Reason ?? "")).Append(" |\n");
            }
        }

        md.Append("\nThe lower bound is one-sided at the look's α (Holm-adjusted over the suite's workloads); the upper bound one-sided at the look's α. Each step's folder is a complete run (report.md, result.json) with the gate of its last look (compare.md).\n");
        return md.ToString();
    }

    public static byte[] Json(BisectResult bisect) => JsonSerializer.SerializeToUtf8Bytes(bisect, StoredJson.Options);

    public static string Verdict(GateOutcome outcome) => outcome switch { GateOutcome.Regression => "bad", GateOutcome.Pass => "good", _ => "undecided" };

    private static string Step(BisectResult bisect, BuildPair pair) =>
        bisect.Steps.LastOrDefault(s => s.Pair == pair) is { } step
            ? $"step {step.Step}: {Counted.Of(step.Launches, "launch", "launches")} per build, bounds [{Format.Ratio(step.LowerBound)} – {Format.Ratio(step.UpperBound)}] against {Format.Ratio(1 + bisect.Threshold)}"
            : "not measured";

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
