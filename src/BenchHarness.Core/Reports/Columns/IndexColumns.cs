using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using static BenchHarness.Core.Reports.Columns.RawValue;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>The columns of a platform's productivity regression index, each defined once.</summary>
public static class IndexColumns
{
    public static readonly Column<IndexResult> Platform = new("platform", "platform", i => i.Platform);
    public static readonly Column<IndexResult> Baseline = new("baseline", "baseline", i => i.AcrossMachines ? $"{i.Baseline} (another machine)" : i.Baseline, i => i.Baseline);
    public static readonly Column<IndexResult> Rank = new("rank", "rank", i => i.Rank is { } r ? $"{r} of {i.RankedAmong} against {i.Baseline}" : "–", i => Number(i.Rank));
    public static readonly Column<IndexResult> OfficeDay = new("office_day", "office-day slowdown", i => Format.Ratio(i.OfficeDay.Value), i => Number(i.OfficeDay.Value)) { CountedHeader = MeasureWords.Instructions.OfficeDay };
    public static readonly Column<IndexResult> OfficeDayCi = new("office_day_ci", "95% CI", i => Format.RatioInterval(i.OfficeDay.CiLower, i.OfficeDay.CiUpper));
    public static readonly Column<IndexResult> Score = new("score", "geometric-mean score", i => Format.Ratio(i.Value), i => Number(i.Value));
    public static readonly Column<IndexResult> OfficeDayFigure = new("office_day_figure", "office-day slowdown", i => Format.Figure(i.OfficeDay), i => Number(i.OfficeDay.Value)) { CountedHeader = MeasureWords.Instructions.OfficeDay };
    public static readonly Column<IndexResult> ScoreFigure = new("score_figure", "geometric-mean score",
        i => Format.Figure(new IndexFigure { Value = i.Value, CiLower = i.CiLower, CiUpper = i.CiUpper }), i => Number(i.Value));
    public static readonly Column<IndexResult> ScoreCi = new("score_ci", "95% CI", i => Format.RatioInterval(i.CiLower, i.CiUpper));
    public static readonly Column<IndexResult> IntervalCovers = new("interval_covers", "interval covers", i => i.IntervalScope switch
    {
        IntervalScope.BetweenProcesses => $"between processes ({Format.Count(i.Rounds)} rounds)",
        IntervalScope.WithinProcess => "within one process only",
        _ => "–",
    });
    public static readonly Column<IndexResult> Workloads = new("workloads", "workloads",
        i => i.Complete ? $"{i.WorkloadsCovered} of {i.WorkloadsInSuite}" : $"{i.WorkloadsCovered} of {i.WorkloadsInSuite} (incomplete, {Percent.Text(i.Coverage)} of the weight)",
        i => Number(i.WorkloadsCovered));
    public static readonly Column<IndexResult> Failed = new("failed", "failed", i => Format.Count(i.Failed));
    public static readonly Column<IndexResult> CommonOfficeDay = new("common_office_day", "common {common}: office day", i => i.Common is { } c ? Format.Figure(c.OfficeDay) : "–", i => Number(i.Common?.OfficeDay.Value));
    public static readonly Column<IndexResult> CommonScore = new("common_score", "common: score", i => i.Common is { } c ? Format.Figure(c.Score) : "–", i => Number(i.Common?.Score.Value));
    public static readonly Column<IndexResult> YearsLost = new("years_lost", "years lost (model)",
        i => i.YearsLostFewest is { } fewest && i.YearsLostMost is { } most ? Format.YearsRange(fewest, most) : "–", i => Number(i.YearsLost)) { ForCounts = false };
    public static readonly Column<IndexResult> StartupScore = new("startup_score", "start-up score (cold)", i => Format.Ratio(i.ColdValue), i => Number(i.ColdValue)) { ForCounts = false };
    public static readonly Column<IndexResult> StartupScoreCi = new("startup_score_ci", "95% CI", i => Format.RatioInterval(i.ColdCiLower, i.ColdCiUpper)) { ForCounts = false };

    /// <summary>The first screen's table: each platform's index in brief, as the README shows it.</summary>
    public static readonly ColumnTable<IndexResult> AtAGlance = new("Platforms at a glance", [Platform, Baseline, OfficeDayFigure, ScoreFigure, Workloads, Failed, YearsLost]);

    public static readonly ColumnTable<IndexResult> Table = new("Productivity regression index",
        [Platform, Baseline, Rank, OfficeDay, OfficeDayCi, Score, ScoreCi, IntervalCovers, Workloads, Failed, CommonOfficeDay, CommonScore, YearsLost, StartupScore, StartupScoreCi]);
}
