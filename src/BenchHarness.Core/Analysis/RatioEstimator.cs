namespace BenchHarness.Core.Analysis;

/// <summary>
/// The slowdown of a platform against its baseline: the ratio of the two Harrell-Davis medians. Its interval
/// combines each median's Maritz-Jarrett interval at 97.5% into [lower/upper', upper/lower'], which covers the
/// true ratio with at least 95% by Bonferroni's inequality (Dunn: "Multiple comparisons among means",
/// JASA 56(293), 1961). Conservative: intervals are at least as wide as they need to be.
/// </summary>
public static class RatioEstimator
{
    public const double PerMedianConfidence = 0.975;

    public static Estimate Ratio(IReadOnlyList<double> platform, IReadOnlyList<double> baseline)
    {
        var p = MedianEstimator.Median(platform, PerMedianConfidence);
        var b = MedianEstimator.Median(baseline, PerMedianConfidence);
        var ratio = p.Value / b.Value;
        if (p.Lower is not { } pl || p.Upper is not { } pu || b.Lower is not { } bl || b.Upper is not { } bu || bl <= 0)
        {
            return new Estimate(ratio, null, null);
        }

        return new Estimate(ratio, pl / bu, pu / bl);
    }
}
