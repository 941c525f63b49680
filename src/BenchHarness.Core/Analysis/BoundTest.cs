namespace BenchHarness.Core.Analysis;

/// <summary>What the bound test says of one ratio against a threshold θ.</summary>
public enum BoundOutcome
{
    /// <summary>The lower bound, at the row's Holm level, lies above 1 + θ.</summary>
    Above,

    /// <summary>The one-sided upper bound lies below 1 + θ.</summary>
    Below,

    /// <summary>Neither: the bounds straddle 1 + θ.</summary>
    Straddles,
}

/// <summary>
/// One ratio's bound test: its outcome, the two one-sided t bounds, its one-sided p-value for "ratio ≤ 1 + θ" (with the
/// sign-flip test, the larger of the two tests' p-values) and the Holm level it was tested at.
/// </summary>
public sealed record BoundDecision(BoundOutcome Outcome, double LowerBound, double UpperBound, double PValue, double Level)
{
    /// <summary>The rounds' one-sided sign-flip p-value for "ratio ≤ 1 + θ"; null when the sign-flip test was not asked for.</summary>
    public double? SignFlipAbove { get; init; }

    /// <summary>The rounds' one-sided sign-flip p-value for "ratio ≥ 1 + θ"; null when not asked for.</summary>
    public double? SignFlipBelow { get; init; }

    /// <summary>Below, and the upper bound also lies below 1 ÷ (1 + θ) (confirmed by the sign-flip test when asked for).</summary>
    public bool Faster { get; init; }
}

/// <summary>
/// The gate's test of a ratio r against a threshold θ, from its log standard error and degrees of freedom, one-sided on each
/// side (the one-sided tests of Schuirmann: "A comparison of the two one-sided tests procedure and the power approach for
/// assessing the equivalence of average bioavailability", J. Pharmacokinet. Biopharm. 15(6), 1987, here against 1 + θ
/// instead of a margin around 1):
/// <list type="bullet">
/// <item><b>above</b>: "r ≤ 1 + θ" is rejected, i.e. the one-sided lower bound ln r − t₁₋ₐ·SE lies above ln(1 + θ), with a the
/// row's level from Holm's step-down over every row of the family (Holm: "A simple sequentially rejective multiple test
/// procedure", Scand. J. Statist. 6(2), 1979): the p-values sorted, the j-th smallest of m tested at α ÷ (m − j + 1), and
/// rejection stops at the first that fails. So the chance that <i>any</i> row whose true change is θ or less is called above
/// is at most α, whatever the dependence between rows.</item>
/// <item><b>below</b>: the one-sided upper bound ln r + t₁₋α·SE lies below ln(1 + θ). Each row at α, unadjusted: a family is
/// judged below only when every row is, an intersection-union test, whose level is the rows' own (Berger: "Multiparameter
/// hypothesis testing and acceptance sampling", Technometrics 24(4), 1982).</item>
/// <item>otherwise <b>straddles</b>.</item>
/// </list>
/// A true change of exactly θ is called above at most α of the time, however many launches; a smaller change less often.
/// With <c>signFlip</c>, each one-sided test is also made by the rounds' sign-flip test (<see cref="SignFlipTest.OneSidedPValue"/>)
/// and a row's p-value is the larger of the two: the maximum of two valid p-values is a valid p-value, so Holm's guarantee
/// holds if either test's assumptions do, and the decision no longer rests on normal noise alone.
/// </summary>
public static class BoundTest
{
    /// <summary>Every ratio of a family tested at once; null (no error) is not tested and stays null.</summary>
    public static IReadOnlyList<BoundDecision?> Decide(IReadOnlyList<RatioEstimate?> ratios, double threshold, double alpha, bool signFlip = false)
    {
        var limit = Math.Log(1 + threshold);
        double? Flip(RatioEstimate ratio, double shift, bool above) =>
            !signFlip ? null : ratio.RoundLogRatios.Count == 0 ? 1 : SignFlipTest.OneSidedPValue(ratio.RoundLogRatios, shift, above);
        var tested = ratios.Select((r, i) => (Ratio: r, Index: i))
            .Where(x => x.Ratio?.LogStandardError is > 0)
            .Select(x => (x.Index, Ratio: x.Ratio!, FlipAbove: Flip(x.Ratio!, limit, above: true)))
            .Select(x => (x.Index, x.Ratio, x.FlipAbove, P: Math.Max(OneSidedPValue((Math.Log(x.Ratio.Value) - limit) / x.Ratio.LogStandardError!.Value, x.Ratio.DegreesOfFreedom), x.FlipAbove ?? 0)))
            .OrderBy(x => x.P).ThenBy(x => x.Index).ToList();
        var decisions = new BoundDecision?[ratios.Count];
        var stillRejecting = true;
        for (var j = 0; j < tested.Count; j++)
        {
            var (index, ratio, flipAbove, p) = tested[j];
            var level = alpha / (tested.Count - j);
            var error = ratio.LogStandardError!.Value;
            var lower = ratio.Value * Math.Exp(-OneSidedQuantile(1 - level, ratio.DegreesOfFreedom) * error);
            var upper = ratio.Value * Math.Exp(OneSidedQuantile(1 - alpha, ratio.DegreesOfFreedom) * error);
            var flipBelow = Flip(ratio, limit, above: false);
            stillRejecting &= p <= level;
            var below = upper < 1 + threshold && !(flipBelow > alpha);
            var outcome = stillRejecting ? BoundOutcome.Above : below ? BoundOutcome.Below : BoundOutcome.Straddles;
            decisions[index] = new BoundDecision(outcome, lower, upper, p, level)
            {
                SignFlipAbove = flipAbove, SignFlipBelow = flipBelow,
                Faster = outcome == BoundOutcome.Below && upper < 1 / (1 + threshold) && !(Flip(ratio, -limit, above: false) > alpha),
            };
        }

        return decisions;
    }

    /// <summary>The one-sided p-value of a t (or, without degrees of freedom, z) statistic for "the mean is at most the value tested".</summary>
    public static double OneSidedPValue(double statistic, double? degreesOfFreedom)
    {
        var twoSided = PerfolizerMethods.TwoSidedPValue(statistic, degreesOfFreedom);
        return statistic >= 0 ? twoSided / 2 : 1 - (twoSided / 2);
    }

    /// <summary>The quantile of Student's t (the normal's without degrees of freedom) at a probability above ½.</summary>
    public static double OneSidedQuantile(double probability, double? degreesOfFreedom) =>
        PerfolizerMethods.TwoSidedQuantile((2 * probability) - 1, degreesOfFreedom);
}
