using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// The report's tables as rows of text, shared by the Markdown and HTML exporters so both say the same thing.
/// </summary>
public static class ReportTables
{
    public sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null);

    public static IReadOnlyList<Table> All(RunResult result) => [Index(result), Comparisons(result), Cells(result), Platforms(result)];

    public static string Headline(IndexResult index) =>
        $"Office work takes {Format.Ratio(index.Value)} {Format.RatioInterval(index.CiLower, index.CiUpper)} as long on {index.Platform} as on {index.Baseline}";

    public static Table Index(RunResult result) => new(
        "Productivity regression index",
        ["platform", "baseline", "index", "95% CI", "workloads"],
        result.Index.Select(i => Row(i.Platform, i.Baseline, Format.Ratio(i.Value), Format.RatioInterval(i.CiLower, i.CiUpper), $"{i.WorkloadsCovered} of {i.WorkloadsInSuite}")).ToList(),
        "Weighted geometric mean of the warm slowdown ratios, weights from the suite's office-day mix. 1.00× means no slowdown.");

    public static Table Comparisons(RunResult result) => new(
        "Slowdown per workload",
        ["workload", "platform", "baseline", "warm ratio", "95% CI", "cold ratio", "start-up ratio"],
        result.Comparisons.OrderBy(c => c.Workload, StringComparer.Ordinal).ThenBy(c => c.Platform, StringComparer.Ordinal)
            .Select(c => Row(c.Workload, c.Platform, c.Baseline, Format.Ratio(c.Ratio), Format.RatioInterval(c.CiLower, c.CiUpper), Format.Ratio(c.ColdRatio), Format.Ratio(c.StartupRatio)))
            .ToList(),
        "Ratio of Harrell-Davis medians (platform ÷ baseline); cold is the first invocation in a fresh process, start-up is process start to the probe's first line.");

    public static Table Cells(RunResult result) => new(
        "Cells",
        ["platform", "workload", "status", "ran as", "attempts", "warm median", "95% CI", "samples", "cold", "start-up", "checksum"],
        result.Cells.Select(c => Row(c.Platform, c.Workload, c.Error is null ? c.Status : $"{c.Status}: {c.Error}", c.Arch is null ? "–" : $"{c.Os}/{c.Arch}",
            c.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture), Format.Ms(c.MedianNs), Format.MsInterval(c.CiLowerNs, c.CiUpperNs),
            c.SamplesNs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Format.Ms(c.ColdMedianNs), Format.Ms(c.StartupMedianNs), c.Checksum ?? "–")).ToList());

    public static Table Platforms(RunResult result) => new(
        "Platforms",
        ["platform", "target", "launcher", "baseline", "status", "emulator version", "runtime"],
        result.Platforms.Select(p => Row(p.Name, p.Target, p.Launcher.Count == 0 ? "(native)" : string.Join(' ', p.Launcher), p.Baseline ?? "–",
            p.Reason is null ? p.Status : $"{p.Status}: {p.Reason}", p.Version ?? "–", p.Runtime ?? "–")).ToList());

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
