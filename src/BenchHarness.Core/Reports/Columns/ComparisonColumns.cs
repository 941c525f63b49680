using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using static BenchHarness.Core.Reports.Columns.RawValue;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>The columns of a comparison (a platform against its baseline on a workload), each defined once; Slowdown per workload and results.csv list them.</summary>
public static class ComparisonColumns
{
    public static readonly Column<ComparisonResult> Workload = new("workload", "workload", c => c.Workload, c => c.Workload);
    public static readonly Column<ComparisonResult> Platform = new("platform", "platform", c => c.Platform, c => c.Platform);
    public static readonly Column<ComparisonResult> Baseline = new("baseline", "baseline", c => c.AcrossMachines ? $"{c.Baseline} (another machine)" : c.Baseline, c => c.Baseline);
    public static readonly Column<ComparisonResult> Ratio = new("ratio", "warm ratio", c => Format.Ratio(c.Ratio), c => Number(c.Ratio)) { CountedHeader = "instruction ratio" };
    public static readonly Column<ComparisonResult> Ci = new("ratio_ci", "95% CI", c => Format.RatioInterval(c.CiLower, c.CiUpper));
    public static readonly Column<ComparisonResult> CiLower = new("ratio_ci_lower", "95% CI: lower", c => Format.Ratio(c.CiLower), c => Number(c.CiLower));
    public static readonly Column<ComparisonResult> CiUpper = new("ratio_ci_upper", "95% CI: upper", c => Format.Ratio(c.CiUpper), c => Number(c.CiUpper));
    public static readonly Column<ComparisonResult> Rounds = new("rounds", "rounds", c => Format.Count(c.Rounds), c => Number(c.Rounds));
    public static readonly Column<ComparisonResult> RoundsPValue = new("rounds_p_value", "p (rounds)", c => Format.PValue(c.RoundsPValue), c => Number(c.RoundsPValue));
    public static readonly Column<ComparisonResult> AdjustedPValue = new("adjusted_p_value", "p (rounds, adjusted)", c => Format.PValue(c.AdjustedPValue), c => Number(c.AdjustedPValue));
    public static readonly Column<ComparisonResult> PValue = new("p_value", "sign-flip p", c => Format.PValue(c.PValue), c => Number(c.PValue));
    public static readonly Column<ComparisonResult> Verdict = new("verdict", "verdict", c => Words.Of(c.Verdict), c => Words.Of(c.Verdict));
    public static readonly Column<ComparisonResult> Reason = new("verdict_reason", "why", c => c.Reason ?? "", c => c.Reason);
    public static readonly Column<ComparisonResult> ColdRatio = new("cold_ratio", "cold ratio", c => Format.Ratio(c.ColdRatio)) { ForCounts = false };
    public static readonly Column<ComparisonResult> StartupRatio = new("startup_ratio", "start-up ratio", c => Format.Ratio(c.StartupRatio)) { ForCounts = false };

    /// <summary>Slowdown per workload, in report.md and report.html.</summary>
    public static readonly ColumnTable<ComparisonResult> Table = new("Slowdown per workload",
        [Workload, Platform, Baseline, Ratio, Ci, Rounds, AdjustedPValue, PValue, Verdict, Reason, ColdRatio, StartupRatio], Collapsed: true);
}
