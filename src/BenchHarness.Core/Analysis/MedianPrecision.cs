namespace BenchHarness.Core.Analysis;

/// <summary>How precise one launch's warm median is: half its 95% interval (<see cref="MedianEstimator"/>) over the median.</summary>
public static class MedianPrecision
{
    /// <summary>The relative half-width, or null when the samples give no interval or a median of zero.</summary>
    public static double? RelativeHalfWidth(IReadOnlyList<double> samples)
    {
        var median = MedianEstimator.Median(samples);
        return median.Lower is { } lower && median.Upper is { } upper && median.Value > 0 ? (upper - lower) / 2 / median.Value : null;
    }
}
