using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// The one place that calls Perfolizer (its API changes between versions; this wraps 0.6.1).
/// Median: Harrell-Davis quantile estimator (Harrell, Davis: "A new distribution-free quantile estimator",
/// Biometrika 69(3), 1982). Interval: Maritz-Jarrett standard error of that estimator (Maritz, Jarrett:
/// "A note on estimating the variance of the sample median", JASA 73(361), 1978) with a normal quantile,
/// clamped to the sample's range.
/// </summary>
public static class MedianEstimator
{
    /// <summary>Fewer samples than this give a median but no interval.</summary>
    public const int MinimumForInterval = 3;

    public static Estimate Median(IReadOnlyList<double> values, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence level lies strictly between 0 and 1.");
        }

        if (values.Count < MinimumForInterval)
        {
            var sorted = values.Order().ToList();
            var middle = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
            return new Estimate(middle, null, null);
        }

        var sample = new Sample(values.ToArray());
        var estimator = HarrellDavisQuantileEstimator.Instance;
        double median = estimator.Quantile(sample, Probability.Half);
        var interval = estimator.QuantileConfidenceIntervalEstimator(sample, Probability.Half).ConfidenceInterval(new ConfidenceLevel(confidence));
        // The normal approximation can reach beyond the data (even below zero) for small, dispersed samples.
        // The sample range covers the median with probability 1 − 2^(1−n) (≥ 99.6% from n = 9), so clamp to it.
        return new Estimate(median, Math.Max(interval.Lower, sample.SortedValues[0]), Math.Min(interval.Upper, sample.SortedValues[^1]));
    }
}
