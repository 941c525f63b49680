namespace BenchHarness.Core.Analysis;

/// <summary>
/// The slowdown of a platform against its baseline: the ratio of the two cells' Harrell-Davis medians (all
/// warm samples pooled). Its 95% interval is the delta method on the log scale, ln r ± z·√(V₁ + V₂)
/// (Casella, Berger: "Statistical Inference", 2nd ed., 2002, §5.5.4), where each cell's variance V is its
/// pooled median's squared relative Maritz-Jarrett standard error plus τ²/k, the variance between its k
/// launches beyond what their own noise explains — the DerSimonian-Laird moment estimate ("Meta-analysis in
/// clinical trials", Controlled Clinical Trials 7(3), 1986) over the launches' log medians. A fresh process
/// can run a few percent faster or slower than the next one (memory layout, the file cache); samples from one
/// process do not show that, so without τ² two names for the same platform could be told apart. With two
/// launches per cell τ² is itself uncertain, and the normal quantile does not allow for it: see the README's
/// limits of the method.
/// </summary>
public static class RatioEstimator
{
    private const double Z95 = 1.959963984540054;

    public static Estimate Ratio(IReadOnlyList<IReadOnlyList<double>> platformLaunches, IReadOnlyList<IReadOnlyList<double>> baselineLaunches)
    {
        var platform = platformLaunches.SelectMany(l => l).ToList();
        var baseline = baselineLaunches.SelectMany(l => l).ToList();
        var p = MedianEstimator.Median(platform).Value;
        var b = MedianEstimator.Median(baseline).Value;
        var ratio = p / b;
        if (platform.Count < MedianEstimator.MinimumForInterval || baseline.Count < MedianEstimator.MinimumForInterval || p <= 0 || b <= 0)
        {
            return new Estimate(ratio, null, null);
        }

        var variance = Math.Pow(RelativeStandardError(platform, p), 2) + Math.Pow(RelativeStandardError(baseline, b), 2)
            + (BetweenLaunchVariance(platformLaunches) / platformLaunches.Count) + (BetweenLaunchVariance(baselineLaunches) / baselineLaunches.Count);
        var spread = Z95 * Math.Sqrt(variance);
        return new Estimate(ratio, ratio * Math.Exp(-spread), ratio * Math.Exp(spread));
    }

    /// <summary>One launch's worth of samples, for callers without launches.</summary>
    public static Estimate Ratio(IReadOnlyList<double> platform, IReadOnlyList<double> baseline) => Ratio([platform], [baseline]);

    /// <summary>
    /// DerSimonian-Laird τ² over the launches' log medians, each weighted by its inverse within-launch variance:
    /// τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)). Zero with one launch, or when a launch has fewer than three samples
    /// (a start-up cell's samples are one per process already).
    /// </summary>
    public static double BetweenLaunchVariance(IReadOnlyList<IReadOnlyList<double>> launches)
    {
        if (launches.Count < 2 || launches.Any(l => l.Count < MedianEstimator.MinimumForInterval))
        {
            return 0;
        }

        var medians = launches.Select(l => MedianEstimator.Median(l).Value).ToList();
        var variances = launches.Zip(medians, (l, m) => Math.Max(Math.Pow(RelativeStandardError(l, m), 2), 1e-12)).ToList();
        return DerSimonianLaird(medians.Select(m => Math.Log(m)).ToList(), variances);
    }

    /// <summary>τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)), with wᵢ = 1/vᵢ and Q = Σwᵢ(yᵢ − ȳ_w)².</summary>
    public static double DerSimonianLaird(IReadOnlyList<double> estimates, IReadOnlyList<double> variances)
    {
        var weights = variances.Select(v => 1 / v).ToList();
        var sum = weights.Sum();
        var mean = weights.Zip(estimates, (w, y) => w * y).Sum() / sum;
        var q = weights.Zip(estimates, (w, y) => w * (y - mean) * (y - mean)).Sum();
        var denominator = sum - (weights.Sum(w => w * w) / sum);
        return denominator > 0 ? Math.Max(0, (q - (estimates.Count - 1)) / denominator) : 0;
    }

    /// <summary>The Maritz-Jarrett standard error of the median over the median, from its (unclamped) 95% interval.</summary>
    private static double RelativeStandardError(IReadOnlyList<double> values, double median)
    {
        var (lower, upper) = PerfolizerMethods.QuantileInterval(values, 0.5, 0.95);
        return (upper - lower) / (2 * Z95) / median;
    }
}
