using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// The verdict table, case by case, with a ±5% margin. Each case is a ratio with the error of its logarithm on five
/// degrees of freedom (six rounds): its 95% interval is ratio·exp(∓2.570582·error), its 90% interval
/// ratio·exp(∓2.015048·error) (Student's table). The expected verdicts are worked out by hand in the comments.
/// </summary>
public sealed class VerdictTests
{
    private const double Margin = 0.05;
    private static readonly double[] FourPValues = [0.01, 0.02, 0.03, 0.04];

    // The sign-flip p-values are ones k rounds can give, multiples of 2/2ᵏ: six rounds all one way give 0.03125.
    [Theory]
    // 95% [1.2349, 1.3686] excludes 1, both tests significant, 90% beyond the margin: slower.
    [InlineData(1.30, 0.02, 6, 0.001, 0.03125, Verdict.Slower, false)]
    // 95% [0.7599, 0.8422]: faster.
    [InlineData(0.80, 0.02, 6, 0.001, 0.03125, Verdict.Faster, false)]
    // 95% [0.9971, 1.0231] holds 1; 90% [0.9999, 1.0202] within [0.9524, 1.05]: equivalent.
    [InlineData(1.01, 0.005, 6, 0.30, 0.3125, Verdict.Equivalent, true)]
    // 95% [1.0122, 1.0279] excludes 1 and both tests significant: slower, though its 90% [1.0139, 1.0262] is within the margin.
    [InlineData(1.02, 0.003, 6, 0.01, 0.03125, Verdict.Slower, true)]
    // 95% upper 1.0555 beyond the margin, 90% [1.0105, 1.0499] within it, not significant after adjustment: equivalent
    // (two one-sided tests at 0.05 use the 90% interval).
    [InlineData(1.03, 0.0095, 6, 0.30, 0.03125, Verdict.Equivalent, true)]
    // 95% [0.9628, 1.1234] holds 1 and 1.05: inconclusive.
    [InlineData(1.04, 0.03, 6, 0.20, 0.1875, Verdict.Inconclusive, false)]
    // 95% [1.0449, 1.1580] excludes 1, but the adjusted p is 0.08: inconclusive, with that reason.
    [InlineData(1.10, 0.02, 6, 0.08, 0.03125, Verdict.Inconclusive, false)]
    // ... or the rounds' sign-flip test does not reject: inconclusive, with that reason.
    [InlineData(1.10, 0.02, 6, 0.01, 0.09375, Verdict.Inconclusive, false)]
    // Two rounds (one degree of freedom) cannot decide, however clear the ratio.
    [InlineData(1.30, 0.02, 2, 0.001, 0.5, Verdict.Inconclusive, false)]
    public void The_verdict_table(double ratio, double error, int rounds, double adjusted, double signFlip, Verdict verdict, bool withinMargin)
    {
        var decision = ComparisonVerdict.Decide(new ComparisonEvidence(Ratio(ratio, error, rounds), signFlip), adjusted, 17, Margin);

        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal(withinMargin, decision.WithinMargin);
        Assert.Equal(verdict is Verdict.Slower or Verdict.Faster, decision.Different);
        Assert.Equal(verdict == Verdict.Equivalent, decision.Equivalent);
        Assert.False(decision is { Different: true, Equivalent: true });
    }

    [Fact]
    public void An_inconclusive_verdict_whose_interval_excludes_1_says_why()
    {
        var adjustedAway = ComparisonVerdict.Decide(new ComparisonEvidence(Ratio(1.10, 0.02, 6), 0.001), 0.08, 98, Margin);
        var signFlip = ComparisonVerdict.Decide(new ComparisonEvidence(Ratio(1.10, 0.02, 6), 0.09375), 0.01, 98, Margin);
        // Three rounds: the sign-flip p is at least 2/2³ = 0.25, so a clear interval still gives no slower verdict.
        var threeRounds = ComparisonVerdict.Decide(new ComparisonEvidence(Ratio(1.30, 0.02, 3, degreesOfFreedom: 2), 0.25), 0.001, 98, Margin);
        var oneProcess = ComparisonVerdict.Decide(new ComparisonEvidence(Ratio(1.31, 0.02, 1, degreesOfFreedom: null), null), 0.001, 98, Margin);

        Assert.Contains("adjusted over the run's 98 comparisons p = 0.080", adjustedAway.Reason, StringComparison.Ordinal);
        Assert.Contains("sign-flip p = 0.094", signFlip.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Inconclusive, threeRounds.Verdict);
        Assert.Contains("3 rounds cannot show it without assuming normal noise", threeRounds.Reason, StringComparison.Ordinal);
        Assert.Contains("cannot go below p = 0.250 (slower or faster needs 6)", threeRounds.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Inconclusive, oneProcess.Verdict);
        Assert.Contains("one fresh process per side", oneProcess.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_is_adjusted_as_a_whole()
    {
        // Four comparisons with p 0.01, 0.02, 0.03, 0.04 adjusted together: each becomes 0.04 (p₍ᵢ₎·4/i, monotone).
        // Adjusted per platform (two and two) the first would be 0.02.
        var run = FourPValues.Select(p => new ComparisonEvidence(Ratio(1.30, 0.02, 6) with { PValue = p }, 0.001)).ToList();

        var decisions = ComparisonVerdict.DecideRun(run, Margin);

        Assert.All(decisions, d => Assert.Equal(0.04, d.AdjustedPValue!.Value, 12));
    }

    /// <summary>
    /// A ratio whose 95% interval is exp(ln r ∓ q·error), q from the tables: Student's t.ppf(0.975, 5) = 2.570581837
    /// and t.ppf(0.975, 2) = 4.302652730 (SciPy 1.10.1), or the normal 1.959963985 without degrees of freedom (one process per side).
    /// </summary>
    private static RatioEstimate Ratio(double ratio, double error, int rounds, double? degreesOfFreedom = 5)
    {
        var half = degreesOfFreedom switch { 5 => 2.570581837, 2 => 4.302652730, null => 1.959963985, _ => throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom)) } * error;
        return new RatioEstimate(ratio, ratio * Math.Exp(-half), ratio * Math.Exp(half), 0.001, rounds, error, rounds == 2 ? 1 : degreesOfFreedom);
    }
}
