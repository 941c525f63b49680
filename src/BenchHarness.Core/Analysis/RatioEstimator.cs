namespace BenchHarness.Core.Analysis;

/// <summary>
/// The slowdown of a platform against its baseline: the ratio of the two Harrell-Davis medians. Its 95%
/// interval is the delta method on the log scale: ln r ± z·√(s₁² + s₂²), where sᵢ is each median's relative
/// Maritz-Jarrett standard error (the two cells are independent; Casella, Berger: "Statistical Inference",
/// 2nd ed., 2002, §5.5.4). Fewer than three samples on either side give no interval.
/// </summary>
public static class RatioEstimator
{
    private const double Z95 = 1.959963984540054;

    public static Estimate Ratio(IReadOnlyList<double> platform, IReadOnlyList<double> baseline)
    {
        var p = MedianEstimator.Median(platform);
        var b = MedianEstimator.Median(baseline);
        var ratio = p.Value / b.Value;
        if (platform.Count < MedianEstimator.MinimumForInterval || baseline.Count < MedianEstimator.MinimumForInterval || p.Value <= 0 || b.Value <= 0)
        {
            return new Estimate(ratio, null, null);
        }

        var spread = Z95 * Math.Sqrt(Math.Pow(RelativeStandardError(platform, p.Value), 2) + Math.Pow(RelativeStandardError(baseline, b.Value), 2));
        return new Estimate(ratio, ratio * Math.Exp(-spread), ratio * Math.Exp(spread));
    }

    /// <summary>The Maritz-Jarrett standard error of the median over the median, from its (unclamped) 95% interval.</summary>
    private static double RelativeStandardError(IReadOnlyList<double> values, double median)
    {
        var (lower, upper) = PerfolizerMethods.QuantileInterval(values, 0.5, 0.95);
        return (upper - lower) / (2 * Z95) / median;
    }
}
