using BenchHarness.Core.Results;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// Summarises samples: Harrell-Davis median with its Maritz-Jarrett interval, Harrell-Davis quartiles,
/// outliers by Tukey's fences on those quartiles (Tukey: "Exploratory Data Analysis", 1977; flagged, never
/// dropped) and the number of modes (Lowland detector).
/// </summary>
public static class SampleSummarizer
{
    /// <summary>Fewer samples than this are too few to tell one mode from two.</summary>
    public const int MinimumForModality = 10;

    private const double TukeyK = 1.5;

    public static SampleSummary? Summarize(IReadOnlyList<long> samplesNs, double targetRelativeHalfWidth)
    {
        if (samplesNs.Count == 0)
        {
            return null;
        }

        var values = samplesNs.Select(v => (double)v).ToList();
        var median = MedianEstimator.Median(values);
        var sorted = values.Order().ToList();
        // Harrell-Davis quartiles lie between the extremes; of identical samples, their weighted sum can round an ulp outside.
        var (q1, q3) = values.Count >= MedianEstimator.MinimumForInterval
            ? (Math.Clamp(PerfolizerMethods.Quantile(values, 0.25), sorted[0], sorted[^1]), Math.Clamp(PerfolizerMethods.Quantile(values, 0.75), sorted[0], sorted[^1]))
            : (sorted[0], sorted[^1]);
        var iqr = q3 - q1;
        var (lowerFence, upperFence) = (q1 - (TukeyK * iqr), q3 + (TukeyK * iqr));
        var outliers = samplesNs.Where(v => v < lowerFence || v > upperFence).ToList();
        double? halfWidth = median.Lower is { } lower && median.Upper is { } upper && median.Value > 0 ? (upper - lower) / 2 / median.Value : null;
        var modes = values.Count >= MinimumForModality ? PerfolizerMethods.Modes(values) : 1;
        return new SampleSummary
        {
            Count = values.Count,
            MedianNs = median.Value,
            CiLowerNs = median.Lower,
            CiUpperNs = median.Upper,
            RelativeHalfWidth = halfWidth,
            Q1Ns = q1,
            Q3Ns = q3,
            MinNs = sorted[0],
            MaxNs = sorted[^1],
            RelativeIqr = median.Value > 0 ? iqr / median.Value : 0,
            OutliersNs = outliers,
            WhiskerLowerNs = sorted.First(v => v >= lowerFence),
            WhiskerUpperNs = sorted.Last(v => v <= upperFence),
            Modes = modes,
            TargetMet = halfWidth is { } h ? h <= targetRelativeHalfWidth : null,
        };
    }
}
