using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Compare;

/// <summary>One platform and workload measured both ways: its time ratio and its host-instruction ratio to the same baseline, each with its 95% interval.</summary>
public sealed record MeasuredBothWays(string Platform, string Baseline, string Workload, RatioFigure Time, RatioFigure Instructions)
{
    /// <summary>Time ratio ÷ instruction ratio: above 1, the platform loses more time than its extra instructions explain (memory stalls, system calls, waiting); below 1, less.</summary>
    public double TimePerInstruction => Time.Value / Instructions.Value;

    /// <summary>Whether the two 95% intervals share any value (false when either has none).</summary>
    public bool IntervalsOverlap => Time is { Lower: { } tl, Upper: { } tu } && Instructions is { Lower: { } il, Upper: { } iu } && tl <= iu && il <= tu;
}

/// <summary>A ratio with its 95% interval (null bounds: none).</summary>
public sealed record RatioFigure(double Value, double? Lower, double? Upper);

/// <summary>
/// How well a run's host-instruction ratios agree with a run's time ratios, workload by workload, over the same platforms
/// and baselines: the rows both runs have a ratio for, Lin's concordance correlation coefficient of their log ratios (how
/// close the points lie to the diagonal, not merely to some line: Lin, "A concordance correlation coefficient to
/// evaluate reproducibility", Biometrics 45(1), 1989, with its moments over n), Pearson's correlation of the same (Pearson,
/// "Notes on regression and inheritance in the case of two parents", Proc. R. Soc. Lond. 58, 1895), and the geometric
/// mean of time ÷ instructions.
/// </summary>
public sealed record MeasureAgreement
{
    public required string TimeRun { get; init; }

    public required string InstructionRun { get; init; }

    public required IReadOnlyList<MeasuredBothWays> Rows { get; init; }

    /// <summary>What differs between the two runs besides the measure, accepted with --force (empty when like for like).</summary>
    public IReadOnlyList<string> Forced { get; init; } = [];

    /// <summary>Lin's concordance correlation coefficient of ln(time ratio) and ln(instruction ratio); null below three rows or without spread.</summary>
    public double? Concordance => Moments() is { } m && m.VarX + m.VarY + ((m.MeanX - m.MeanY) * (m.MeanX - m.MeanY)) > 0
        ? 2 * m.Cov / (m.VarX + m.VarY + ((m.MeanX - m.MeanY) * (m.MeanX - m.MeanY))) : null;

    /// <summary>Pearson's correlation of the same log ratios; null below three rows or without spread.</summary>
    public double? Correlation => Moments() is { } m && m.VarX > 0 && m.VarY > 0 ? m.Cov / Math.Sqrt(m.VarX * m.VarY) : null;

    /// <summary>The geometric mean of time ratio ÷ instruction ratio over the rows; null without rows.</summary>
    public double? TimePerInstruction => Rows.Count == 0 ? null : Math.Exp(Rows.Average(r => Math.Log(r.TimePerInstruction)));

    /// <summary>
    /// The rows of two runs of the same suite, one timed and one counted, matched by platform, baseline and workload where
    /// both have a ratio; <paramref name="time"/> must be the timed run and <paramref name="instructions"/> the counted one.
    /// </summary>
    public static MeasureAgreement Of(RunResult time, string timeRun, RunResult instructions, string instructionRun, IReadOnlyList<string> forced)
    {
        var counted = instructions.Comparisons.ToDictionary(c => (c.Platform, c.Baseline, c.Workload));
        var rows = time.Comparisons
            .Where(c => counted.ContainsKey((c.Platform, c.Baseline, c.Workload)))
            .Select(c => (Time: c, Counted: counted[(c.Platform, c.Baseline, c.Workload)]))
            .Where(p => p.Time.Ratio > 0 && p.Counted.Ratio > 0)
            .Select(p => new MeasuredBothWays(p.Time.Platform, p.Time.Baseline, p.Time.Workload,
                new RatioFigure(p.Time.Ratio, p.Time.CiLower, p.Time.CiUpper), new RatioFigure(p.Counted.Ratio, p.Counted.CiLower, p.Counted.CiUpper)))
            .OrderBy(r => r.Platform, StringComparer.Ordinal).ThenBy(r => r.Workload, StringComparer.Ordinal).ToList();
        return new MeasureAgreement { TimeRun = timeRun, InstructionRun = instructionRun, Rows = rows, Forced = forced };
    }

    /// <summary>Which of two runs is the timed one and which the counted one; null when they measured the same.</summary>
    public static (RunResult Time, string TimeRun, RunResult Instructions, string InstructionRun)? Sorted(RunResult a, string aRun, RunResult b, string bRun) =>
        (Counts(a), Counts(b)) switch
        {
            (false, true) => (a, aRun, b, bRun),
            (true, false) => (b, bRun, a, aRun),
            _ => null,
        };

    private static bool Counts(RunResult run) => run.Suite.Measure == MeasureKind.Instructions;

    private (double MeanX, double MeanY, double VarX, double VarY, double Cov)? Moments()
    {
        if (Rows.Count < 3)
        {
            return null;
        }

        var x = Rows.Select(r => Math.Log(r.Time.Value)).ToList();
        var y = Rows.Select(r => Math.Log(r.Instructions.Value)).ToList();
        var (mx, my) = (x.Average(), y.Average());
        var n = Rows.Count;
        return (mx, my, x.Sum(v => (v - mx) * (v - mx)) / n, y.Sum(v => (v - my) * (v - my)) / n, x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / n);
    }
}
