using System.Globalization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Analysis;

/// <summary>What one comparison brings to its verdict: the paired ratio and the Mann-Whitney p-value of the pooled warm samples.</summary>
public sealed record ComparisonEvidence(RatioEstimate Ratio, double? MannWhitneyPValue);

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
/// 95% interval excludes 1, <i>and</i> the two-sided Mann-Whitney test of the pooled warm samples rejects "same
/// distribution" at α — both, so that neither a few unlucky processes nor a shift in shape alone flags an A/A
/// comparison. A difference this small can still lie within the margin: <see cref="Decision.WithinMargin"/> says so.</item>
/// <item><b>Equivalent</b>: not different, and Schuirmann's two one-sided tests at α = 0.05 pass, that is the
/// ratio's <b>90%</b> interval lies within [1/(1+m), 1+m] for the suite's margin m (Schuirmann: "A comparison of
/// the two one-sided tests procedure and the power approach for assessing the equivalence of average
/// bioavailability", J. Pharmacokinet. Biopharm. 15(6), 1987).</item>
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
        var significant = excludesOne && adjustedPValue < Alpha && evidence.MannWhitneyPValue < Alpha;
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
            : $"the interval excludes 1, but the pooled samples do not differ (Mann-Whitney p = {Number(evidence.MannWhitneyPValue)})";
        return new Decision(Verdict.Inconclusive, adjustedPValue, false, reason);
    }

    private static string Plural(int count, string noun) => count == 1 ? $"one {noun}" : $"{count} {noun}es";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
