using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// The report's tables as rows of text, shared by the Markdown and HTML exporters so both say the same thing.
/// </summary>
public static class ReportTables
{
    public sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null);

    public static IReadOnlyList<Table> All(RunResult result) => [Index(result), Comparisons(result), Cells(result), Platforms(result)];

    public static string Headline(IndexResult index)
    {
        var interval = index.CiLower is null || index.CiUpper is null ? "" : " " + Format.RatioInterval(index.CiLower, index.CiUpper);
        var yearsInterval = index.YearsLostLower is null || index.YearsLostUpper is null ? "" : " " + Format.YearsInterval(index.YearsLostLower, index.YearsLostUpper);
        var years = index.YearsLost is { } y ? $" — the speed of single-thread hardware {Format.Years(y)}{yearsInterval} older" : "";
        var covered = index.Complete ? "" : $" ({index.WorkloadsCovered} of {index.WorkloadsInSuite} workloads)";
        return $"Office work takes {Format.Ratio(index.Value)}{interval} as long on {index.Platform} as on {index.Baseline}{years}{covered}";
    }

    public static Table Index(RunResult result) => new(
        "Productivity regression index",
        ["platform", "baseline", "index (warm)", "95% CI", "years of hardware progress lost", "start-up index (cold)", "95% CI", "workloads"],
        result.Index.Select(i => Row(i.Platform, i.Baseline, Format.Ratio(i.Value), Format.RatioInterval(i.CiLower, i.CiUpper),
            i.YearsLost is { } y ? $"{Format.Years(y)} {Format.YearsInterval(i.YearsLostLower, i.YearsLostUpper)}" : "–",
            Format.Ratio(i.ColdValue), Format.RatioInterval(i.ColdCiLower, i.ColdCiUpper), $"{i.WorkloadsCovered} of {i.WorkloadsInSuite}")).ToList(),
        "Weighted geometric mean of the slowdown ratios (each paired round by round), weights from the suite's office-day mix, with a 95% interval: two-stage percentile bootstrap over rounds and samples, widened to the Welch-Satterthwaite t interval and to the t interval over rounds (a round shared by every workload) where those are wider; "
        + "1.00× means no slowdown. The start-up index takes each workload's first invocation in a fresh process (app-start: every process start). "
        + (result.Progress is { } p ? $"Years: how much older single-thread hardware was that slow, from {p.Name} (reference year {p.ReferenceYear}; {p.Source})." : ""));

    public static Table Comparisons(RunResult result) => new(
        "Slowdown per workload",
        ["workload", "platform", "baseline", "warm ratio", "95% CI", "rounds", "p (rounds, adjusted)", "Mann-Whitney p", "verdict", "cold ratio", "start-up ratio"],
        result.Comparisons.OrderBy(c => c.Workload, StringComparer.Ordinal).ThenBy(c => c.Platform, StringComparer.Ordinal)
            .Select(c => Row(c.Workload, c.Platform, c.Baseline, Format.Ratio(c.Ratio), Format.RatioInterval(c.CiLower, c.CiUpper), Count(c.Rounds),
                Format.PValue(c.AdjustedPValue), Format.PValue(c.PValue), Words.Of(c.Verdict), Format.Ratio(c.ColdRatio), Format.Ratio(c.StartupRatio)))
            .ToList(),
        "Ratio of Harrell-Davis medians (platform ÷ baseline), paired round by round: each round runs one fresh process of each platform back to back, "
        + "and the interval is Student's t over the rounds' ratios (one round: the two medians' own intervals, which do not cover differences between processes). "
        + "Verdict: slower/faster when the rounds' p-value, adjusted over the platform's workloads (Benjamini-Hochberg), and the Mann-Whitney p of the pooled samples are both below 0.05; "
        + $"equivalent when the whole interval lies within ±{Format.Percent(result.Suite.EquivalenceMargin)}; inconclusive otherwise. "
        + "Cold is the first invocation in a fresh process, start-up is process start to the probe's first line.");

    public static Table Cells(RunResult result) => new(
        "Cells",
        ["platform", "workload", "status", "ran as", "attempts", "warm median", "95% CI", "precision", "samples", "dispersion (IQR)", "outliers", "modes", "cold", "start-up", "checksum"],
        result.Cells.Select(c => Row(c.Platform, c.Workload, c.Error is null ? Words.Of(c.Status) : $"{Words.Of(c.Status)}: {c.Error}", c.Arch is null ? "–" : $"{c.Os}/{c.Arch}",
            Count(c.Attempts), Format.Ms(c.MedianNs), Format.MsInterval(c.CiLowerNs, c.CiUpperNs),
            c.Warm?.RelativeHalfWidth is { } h ? $"±{Format.Percent(h)}{(c.Warm.TargetMet == true ? "" : " (target missed)")}" : "–",
            Count(c.SamplesNs.Count), c.Warm is { } w ? Format.Percent(w.RelativeIqr) : "–", Count(c.Warm?.OutliersNs.Count ?? 0),
            c.Warm is { Multimodal: true } m ? $"{m.Modes} (multimodal)" : c.Warm is null ? "–" : "1",
            Format.Ms(c.ColdMedianNs), Format.Ms(c.StartupMedianNs), c.Checksum ?? "–")).ToList(),
        $"Precision: half the median's 95% interval over the median; the suite's target is ±{Format.Percent(result.Suite.TargetRelativeHalfWidth)}. "
        + "Dispersion: interquartile range over the median. Outliers: beyond Tukey's fences, flagged and kept. Modes: Lowland detector, from ten samples.");

    public static Table Platforms(RunResult result) => new(
        "Platforms",
        ["platform", "target", "launcher", "baseline", "status", "emulator version", "runtime"],
        result.Platforms.Select(p => Row(p.Name, p.Target, p.Launcher.Count == 0 ? "(native)" : string.Join(' ', p.Launcher), p.Baseline ?? "–",
            p.Reason is null ? Words.Of(p.Status) : $"{Words.Of(p.Status)}: {p.Reason}", p.Version ?? "–", p.Runtime ?? "–")).ToList());

    private static string[] Row(params string[] cells) => cells;

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
