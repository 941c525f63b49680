using System.Globalization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Analysis;

/// <summary>What one comparison brings to its verdict: the paired ratio and the sign-flip p-value of its rounds' log ratios.</summary>
public sealed record ComparisonEvidence(RatioEstimate Ratio, double? SignFlipPValue)
{
    /// <summary>The ratio with the sign-flip test of its own rounds (<see cref="SignFlipTest"/>).</summary>
    public static ComparisonEvidence Of(RatioEstimate ratio) => new(ratio, SignFlipTest.PValue(ratio.RoundLogRatios));
}

/// <summary>
/// A comparison's verdict and the flags stored beside it, all consistent with it: <see cref="Different"/> is
/// true exactly when the verdict is slower or faster, <see cref="Equivalent"/> exactly when it is equivalent.
/// <see cref="WithinMargin"/> is the equivalence test's own outcome, which a small but real difference also
/// passes. <see cref="Reason"/> says in words why a verdict is not the one its interval suggests.
/// </summary>
public sealed record Decision(Verdict Verdict, double? AdjustedPValue, bool WithinMargin, string? Reason)
{
    public bool Different => Verdict is Verdict.Slower or Verdict.Faster;

    public bool Equivalent => Verdict == Verdict.Equivalent;
}

/// <summary>
/// What a comparison concludes, decided over the whole run at once.
/// <list type="number">
/// <item>Fewer than <see cref="MinimumRounds"/> fresh-process rounds: <b>inconclusive</b>, whatever the interval
/// says — one process per side cannot show how much the next process differs (native-aot against a copy of
/// itself gave three "different" verdicts out of 17 with one process per cell).</item>
/// <item><b>Slower</b> or <b>faster</b>: the paired test over rounds rejects "ratio = 1" at α = 0.05 after the
/// Benjamini-Hochberg adjustment over every comparison of the run (see <see cref="FalseDiscoveryRate"/>), so the
/// 95% interval excludes 1, <i>and</i> the sign-flip permutation test of the rounds' log ratios (<see cref="SignFlipTest"/>)
/// rejects "no difference" at α without adjustment — both, so that one outlying round, which the t test's normality
/// cannot allow for, does not flag an A/A comparison. The sign-flip p cannot go below 2/2ᵏ, so with fewer than
/// <see cref="SignFlipRounds"/> rounds nothing is slower or faster, and the reason says so. (The Mann-Whitney test of
/// the warm samples pooled within processes, used before 2026-12-02, treated samples of one process as independent:
/// p = 2.5e-14 where the rounds gave 0.022.) A difference this small can still lie within the margin:
/// <see cref="Decision.WithinMargin"/> says so.</item>
/// <item><b>Equivalent</b>: not different, and Schuirmann's two one-sided tests at α = 0.05 pass, that is the
/// ratio's <b>90%</b> interval lies within [1/(1+m), 1+m] for the suite's margin m (Schuirmann: "A comparison of
/// the two one-sided tests procedure and the power approach for assessing the equivalence of average
/// bioavailability", J. Pharmacokinet. Biopharm. 15(6), 1987). Not adjusted over the run: each equivalent verdict is a
/// claim about its own row at α = 0.05, and the claim "every comparison is equivalent" is an intersection-union test,
/// which holds at α with no adjustment (Berger: "Multiparameter hypothesis testing and acceptance sampling",
/// Technometrics 24(4), 1982). A few equivalent rows picked out of many are a selection neither covers.</item>
/// <item>Otherwise <b>inconclusive</b>, with the reason.</item>
/// </list>
/// </summary>
public static class ComparisonVerdict
{
    public const double Alpha = 0.05;

    /// <summary>
    /// Rounds (fresh processes per side) a verdict needs: with two, the paired t has one degree of freedom and its
    /// 95% quantile is 12.7, so nothing short of a gross difference is called; from three the simulation tests
    /// hold A/A false alarms at or below 5% of runs (README, "How many launches").
    /// </summary>
    public const int MinimumRounds = 3;

    /// <summary>Rounds the sign-flip test needs to reach p &lt; α at all (2/2ᵏ &lt; 0.05: six).</summary>
    public static int SignFlipRounds { get; } = Enumerable.Range(1, 64).First(k => SignFlipTest.SmallestPValue(k) < Alpha);

    /// <summary>Every comparison of a run decided together: p-values adjusted over all of them, then each verdict.</summary>
    public static IReadOnlyList<Decision> DecideRun(IReadOnlyList<ComparisonEvidence> comparisons, double margin)
    {
        var adjusted = FalseDiscoveryRate.Adjust(comparisons.Select(c => c.Ratio.PValue).ToList());
        var tested = adjusted.Count(p => p is not null);
        return comparisons.Select((c, i) => Decide(c, adjusted[i], tested, margin)).ToList();
    }

    /// <param name="tested">How many comparisons the p-value was adjusted over (for the reason).</param>
    public static Decision Decide(ComparisonEvidence evidence, double? adjustedPValue, int tested, double margin)
    {
        var ratio = evidence.Ratio;
        if (ratio.Lower is not { } lower || ratio.Upper is not { } upper || ratio.Interval(1 - (2 * Alpha)) is not var (lower90, upper90))
        {
            return new Decision(Verdict.Inconclusive, adjustedPValue, false, "too few samples for an interval");
        }

        var withinMargin = lower90 >= 1 / (1 + margin) && upper90 <= 1 + margin;
        if (ratio.Rounds < MinimumRounds)
        {
            return new Decision(Verdict.Inconclusive, adjustedPValue, withinMargin,
                $"{Plural(ratio.Rounds, "fresh process")} per side: a verdict needs {MinimumRounds}, to see how much processes differ");
        }

        var excludesOne = lower > 1 || upper < 1;
        var significant = excludesOne && adjustedPValue < Alpha && evidence.SignFlipPValue < Alpha;
        if (significant)
        {
            return new Decision(ratio.Value > 1 ? Verdict.Slower : Verdict.Faster, adjustedPValue, withinMargin,
                withinMargin ? $"a real difference, but within the ±{Percent.Brief(margin)} equivalence margin" : null);
        }

        if (withinMargin)
        {
            return new Decision(Verdict.Equivalent, adjustedPValue, true, null);
        }

        var reason = !excludesOne ? $"the interval holds both 1 and differences beyond ±{Percent.Brief(margin)}: more launches needed"
            : !(adjustedPValue < Alpha) ? $"the interval excludes 1, but adjusted over the run's {tested} comparisons p = {Number(adjustedPValue)}"
            : ratio.Rounds < SignFlipRounds ? $"the interval excludes 1, but {ratio.Rounds} rounds cannot show it without assuming normal noise: "
                + $"the rounds' sign-flip test cannot go below p = {Number(SignFlipTest.SmallestPValue(ratio.Rounds))} (slower or faster needs {SignFlipRounds})"
            : $"the interval excludes 1, but the rounds' signs do not agree enough (sign-flip p = {Number(evidence.SignFlipPValue)})";
        return new Decision(Verdict.Inconclusive, adjustedPValue, false, reason);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"one {noun}" : $"{count} {noun}es";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
