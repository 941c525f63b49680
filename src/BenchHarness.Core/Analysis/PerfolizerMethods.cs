using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.Distributions.ContinuousDistributions;
using Perfolizer.Mathematics.Multimodality;
using Perfolizer.Mathematics.QuantileEstimators;
using Perfolizer.Metrology;
using Pragmastat;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// The one place that calls Perfolizer (its API changes between versions; this wraps 0.6.1). Everything
/// statistical in the analysis goes through these methods.
/// </summary>
public static class PerfolizerMethods
{
    /// <summary>
    /// The Harrell-Davis quantile (Harrell, Davis: "A new distribution-free quantile estimator",
    /// Biometrika 69(3), 1982): a weighted sum of all order statistics, weights from a Beta distribution.
    /// </summary>
    public static double Quantile(IReadOnlyList<double> values, double probability) =>
        HarrellDavisQuantileEstimator.Instance.Quantile(new Sample(values.ToArray()), new Probability(probability));

    /// <summary>
    /// The Maritz-Jarrett interval of the Harrell-Davis quantile (Maritz, Jarrett: "A note on estimating the
    /// variance of the sample median", JASA 73(361), 1978) as Perfolizer 0.6.1 builds it: the standard error times
    /// Student's t quantile on n − 1 degrees of freedom.
    /// </summary>
    public static (double Lower, double Upper) QuantileInterval(IReadOnlyList<double> values, double probability, double confidence)
    {
        var interval = HarrellDavisQuantileEstimator.Instance
            .QuantileConfidenceIntervalEstimator(new Sample(values.ToArray()), new Probability(probability))
            .ConfidenceInterval(new ConfidenceLevel(confidence));
        return (interval.Lower, interval.Upper);
    }

    /// <summary>
    /// The Maritz-Jarrett standard error of the Harrell-Davis quantile (Maritz, Jarrett: "A note on estimating the
    /// variance of the sample median", JASA 73(361), 1978): √(C₂ − C₁²), Cₖ = Σ Wᵢ·x₍ᵢ₎ᵏ with the Harrell-Davis
    /// weights Wᵢ of the sorted sample. The error itself, not back-solved from an interval: Perfolizer 0.6.1's
    /// interval multiplies it by Student's t on n − 1 degrees of freedom, not by 1.96.
    /// </summary>
    public static double MaritzJarrettStandardError(IReadOnlyList<double> values, double probability)
    {
        var sorted = values.Order().ToArray();
        var weights = HarrellDavisWeights(sorted.Length, probability);
        var (c1, c2) = (0.0, 0.0);
        for (var i = 0; i < sorted.Length; i++)
        {
            c1 += weights[i] * sorted[i];
            c2 += weights[i] * sorted[i] * sorted[i];
        }

        return Math.Sqrt(Math.Max(0, c2 - (c1 * c1)));
    }

    /// <summary>
    /// The Harrell-Davis weights of the sorted sample for a quantile: Wᵢ = I((i)/n) − I((i−1)/n), I the regularized
    /// incomplete Beta function with a = (n+1)p, b = (n+1)(1−p). With them a quantile of any sorted sample of size n
    /// is one dot product: the Maritz-Jarrett error and the equal-footing medians of many windows use them.
    /// </summary>
    public static double[] HarrellDavisWeights(int n, double probability)
    {
        var beta = new BetaDistribution((n + 1) * probability, (n + 1) * (1 - probability));
        var weights = new double[n];
        var previous = 0.0;
        for (var i = 1; i <= n; i++)
        {
            var current = beta.Cdf((double)i / n);
            weights[i - 1] = current - previous;
            previous = current;
        }

        return weights;
    }

    /// <summary>
    /// The two-sided quantile of Student's t distribution with the given degrees of freedom (the normal's when
    /// null): the multiplier of a standard error for a confidence interval.
    /// </summary>
    public static double TwoSidedQuantile(double confidence, double? degreesOfFreedom) =>
        degreesOfFreedom is { } df ? new StudentDistribution(df).Quantile((1 + confidence) / 2) : NormalDistribution.Standard.Quantile((1 + confidence) / 2);

    /// <summary>The two-sided p-value of a t (or, without degrees of freedom, z) statistic.</summary>
    public static double TwoSidedPValue(double statistic, double? degreesOfFreedom) =>
        2 * (degreesOfFreedom is { } df ? new StudentDistribution(df).Cdf(-Math.Abs(statistic)) : NormalDistribution.Standard.Cdf(-Math.Abs(statistic)));

    /// <summary>
    /// The number of modes by the Lowland detector (Akinshin: "Lowland multimodality detection", 2020,
    /// https://aakinshin.net/posts/lowland-multimodality-detection/) on a quantile-respectful density
    /// histogram; 1 for a sample whose values are all equal.
    /// </summary>
    public static int Modes(IReadOnlyList<double> values) =>
        values.Max() - values.Min() < 1e-9 ? 1 : new LowlandModalityDetector().DetectModes(new Sample(values.ToArray())).Modality;
}
