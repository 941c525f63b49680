namespace BenchHarness.Core.Analysis;

/// <summary>
/// A cell's median: Harrell-Davis, with the Maritz-Jarrett interval clamped to the sample's range (see
/// <see cref="PerfolizerMethods"/> for both). Fewer than three samples give the plain median and no interval.
/// </summary>
public static class MedianEstimator
{
    /// <summary>Fewer samples than this give a median but no interval.</summary>
    public const int MinimumForInterval = 3;

    /// <param name="interval">False: the median alone, without the (costlier) interval.</param>
    public static Estimate Median(IReadOnlyList<double> values, double confidence = 0.95, bool interval = true)
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

        var median = PerfolizerMethods.Quantile(values, 0.5);
        if (!interval)
        {
            return new Estimate(median, null, null);
        }

        var (lower, upper) = PerfolizerMethods.QuantileInterval(values, 0.5, confidence);
        // The normal approximation can reach beyond the data (even below zero) for small, dispersed samples.
        // The sample range covers the median with probability 1 − 2^(1−n) (≥ 99.6% from n = 9), so clamp to it.
        return new Estimate(median, Math.Max(lower, values.Min()), Math.Min(upper, values.Max()));
    }
}
