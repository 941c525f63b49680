using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>The columns of a gate row (a candidate against its reference on a workload), each defined once; compare.md and the terminal table list them.</summary>
public static class GateColumns
{
    public static readonly Column<GateRow> Platform = new("platform", "platform", r => r.Platform);
    public static readonly Column<GateRow> Reference = new("reference", "reference", r => r.Reference == r.Platform ? "itself, in the base run (a baseline: failures only)" : r.Reference);
    public static readonly Column<GateRow> Workload = new("workload", "workload", r => r.Workload);
    public static readonly Column<GateRow> Ratio = new("ratio", "ratio", r => Format.Ratio(r.Ratio), r => RawValue.Number(r.Ratio));
    public static readonly Column<GateRow> Ci = new("ratio_ci", "95% CI", r => Format.RatioInterval(r.CiLower, r.CiUpper));
    public static readonly Column<GateRow> Bounds = new("bounds", "bounds (lower Holm, upper 95%)", r => Format.RatioInterval(r.LowerBound, r.UpperBound));
    public static readonly Column<GateRow> Launches = new("launches", "launches", r => Format.Count(r.Launches));

    /// <summary>The verdict in words; a regression's is set apart by each view (bold in Markdown, capitals in a terminal).</summary>
    public static readonly Column<GateRow> Verdict = new("verdict", "verdict", r => Words.Of(r.Verdict));
    public static readonly Column<GateRow> Detectable = new("detectable", "detectable", r => r.Detectable is { } d ? "+" + Percent.Text(d) : "", r => RawValue.Number(r.Detectable));
    public static readonly Column<GateRow> Reason = new("why", "why", r => r.Reason ?? "", r => r.Reason);

    public static IReadOnlyList<Column<GateRow>> All { get; } = [Platform, Reference, Workload, Ratio, Ci, Bounds, Launches, Verdict, Detectable, Reason];
}
