using BenchHarness.Core.Model;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// What a comparison concludes. <b>Different</b> (slower or faster): the paired test over fresh-process rounds
/// rejects "ratio = 1" at α = 0.05 after the Benjamini-Hochberg adjustment over the platform's workloads
/// (so the ratio's interval excludes 1), <i>and</i> the two-sided Mann-Whitney test of the pooled warm samples
/// rejects "same distribution" at α — both, so that neither a few unlucky processes nor a shift in shape alone
/// flags an A/A comparison. <b>Equivalent</b>: the ratio's whole interval lies within [1/(1+m), 1+m] for the
/// margin m, the interval-inclusion form of Schuirmann's two one-sided tests ("A comparison of the two
/// one-sided tests procedure and the power approach for assessing the equivalence of average
/// bioavailability", J. Pharmacokinet. Biopharm. 15(6), 1987). Otherwise <b>inconclusive</b>: more launches
/// are needed to say either.
/// </summary>
public static class ComparisonVerdict
{
    public const double Alpha = 0.05;
    public static (bool Different, bool Equivalent, Verdict Verdict) Decide(Estimate ratio, double? adjustedPValue, double? mannWhitneyPValue, double margin)
    {
        var bounded = ratio.Lower is not null && ratio.Upper is not null;
        var different = bounded && adjustedPValue < Alpha && mannWhitneyPValue < Alpha && (ratio.Lower > 1 || ratio.Upper < 1);
        var equivalent = bounded && ratio.Lower >= 1 / (1 + margin) && ratio.Upper <= 1 + margin;
        var verdict = equivalent ? Verdict.Equivalent : different ? (ratio.Value > 1 ? Verdict.Slower : Verdict.Faster) : Verdict.Inconclusive;
        return (different, equivalent, verdict);
    }
}
