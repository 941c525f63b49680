using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using static BenchHarness.Core.Reports.Columns.RawValue;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>The columns of a cell, each defined once; the Cells table, the command workloads' table and results.csv list them.</summary>
public static class CellColumns
{
    public static readonly Column<CellResult> Platform = new("platform", "platform", c => c.Platform, c => c.Platform);
    public static readonly Column<CellResult> Workload = new("workload", "workload", c => c.Workload, c => c.Workload);
    public static readonly Column<CellResult> Status = new("status", "status", c => c.Error is null ? Words.Of(c.Status) : $"{Words.Of(c.Status)}: {c.Error}", c => Words.Of(c.Status));
    public static readonly Column<CellResult> StatusWord = new("status", "status", c => Words.Of(c.Status), c => Words.Of(c.Status));
    public static readonly Column<CellResult> RanAs = new("ran_as", "ran as", c => c.Arch is null ? "–" : $"{c.Os}/{c.Arch}");
    public static readonly Column<CellResult> Arch = new("arch", "arch", c => c.Arch ?? "–", c => c.Arch);
    public static readonly Column<CellResult> Os = new("os", "os", c => c.Os ?? "–", c => c.Os);
    public static readonly Column<CellResult> Attempts = new("attempts", "attempts", c => Format.Count(c.Attempts), c => Number(c.Attempts));
    public static readonly Column<CellResult> WarmMedian = new("median_ns", "warm median", c => Format.Amount(c.MedianNs, c.Measure), c => Number(c.MedianNs));
    public static readonly Column<CellResult> Ci = new("ci", "95% CI (within process)", c => Format.AmountInterval(c.CiLowerNs, c.CiUpperNs, c.Measure));
    public static readonly Column<CellResult> CiLower = new("ci_lower_ns", "95% CI: lower", c => Format.Amount(c.CiLowerNs, c.Measure), c => Number(c.CiLowerNs));
    public static readonly Column<CellResult> CiUpper = new("ci_upper_ns", "95% CI: upper", c => Format.Amount(c.CiUpperNs, c.Measure), c => Number(c.CiUpperNs));
    public static readonly Column<CellResult> LaunchPrecision = new("launch_precision", "precision between processes (target ±{target})",
        c => c.LaunchPrecision is { } h ? $"±{Percent.Text(h)}" : c.Warm?.RelativeHalfWidth is { } within ? $"one process: ±{Percent.Text(within)} within it" : "–",
        c => Number(c.LaunchPrecision));
    public static readonly Column<CellResult> RelativeHalfWidth = new("relative_half_width", "precision within a process",
        c => c.Warm?.RelativeHalfWidth is { } h ? $"±{Percent.Text(h)}" : "–", c => Number(c.Warm?.RelativeHalfWidth));
    public static readonly Column<CellResult> TargetMet = new("target_met", "precision target met", c => Flag(c.TargetMet) ?? "–", c => Flag(c.TargetMet));
    public static readonly Column<CellResult> Samples = new("samples", "samples", c => Format.Count(c.SamplesNs.Count), c => Number(c.SamplesNs.Count));
    public static readonly Column<CellResult> Dispersion = new("dispersion", "dispersion (IQR)", c => c.Warm is { } w ? Percent.Text(w.RelativeIqr) : "–");
    public static readonly Column<CellResult> Outliers = new("outliers", "outliers", c => Format.Count(c.Warm?.OutliersNs.Count ?? 0), c => Number(c.Warm?.OutliersNs.Count));
    public static readonly Column<CellResult> Modes = new("modes", "modes", c => c.Warm is { Multimodal: true } m ? $"{m.Modes} (multimodal)" : c.Warm is null ? "–" : "1", c => Number(c.Warm?.Modes));
    public static readonly Column<CellResult> Cold = new("cold_median_ns", "cold", c => Format.Amount(c.ColdMedianNs, c.Measure), c => Number(c.ColdMedianNs)) { ForCounts = false };
    public static readonly Column<CellResult> StartUp = new("startup_median_ns", "start-up", c => Format.Amount(c.StartupMedianNs, c.Measure), c => Number(c.StartupMedianNs)) { ForCounts = false };
    public static readonly Column<CellResult> Checksum = new("checksum", "checksum", c => c.Checksum ?? "–", c => c.Checksum);
    public static readonly Column<CellResult> Overhead = new("overhead", "launch overhead (empty command)", c => Format.Ms(c.OverheadMedianNs), c => Number(c.OverheadMedianNs));
    public static readonly Column<CellResult> FirstStart = new("first_start", "first start (reported apart)", c => Format.Ms(c.FirstStartMedianNs), c => Number(c.FirstStartMedianNs));
    public static readonly Column<CellResult> OverheadShare = new("overhead_share", "overhead share of warm",
        c => c.OverheadMedianNs is { } overhead && c.MedianNs is { } warm && warm > 0 ? Percent.Text(overhead / warm) : "–");

    /// <summary>The Cells table of report.md and report.html.</summary>
    public static readonly ColumnTable<CellResult> Table = new("Cells",
        [Platform, Workload, Status, RanAs, Attempts, WarmMedian, Ci, LaunchPrecision, Samples, Dispersion, Outliers, Modes, Cold, StartUp, Checksum], Collapsed: true);

    /// <summary>Command workloads (real applications): the harness's launch overhead and the first start beside the cold and warm medians, so that a short command is not misread.</summary>
    public static readonly ColumnTable<CellResult> Commands = new("Command workloads: launch overhead and first start",
        [Platform, Workload, StatusWord, Overhead, FirstStart, Cold, WarmMedian, OverheadShare]);
}
