namespace BenchHarness.Core.Analysis;

/// <summary>A step in a series of log ratios: the index where the new segment starts, and the ratio (exp of the median log ratio) before and after it.</summary>
public sealed record SeriesStep(int Start, double Before, double After);

/// <summary>
/// The steps of a series of log ratios: change points by ED-PELT (<see cref="PerfolizerMethods.ChangePoints"/>), segments
/// at least <c>minimumSegment</c> long, each step with the Harrell-Davis medians of the segments on either side.
/// </summary>
public static class SeriesSteps
{
    public static IReadOnlyList<SeriesStep> Of(IReadOnlyList<double> logRatios, int minimumSegment)
    {
        var changes = PerfolizerMethods.ChangePoints(logRatios, minimumSegment);
        var boundaries = changes.Prepend(0).Append(logRatios.Count).ToList();
        double Median(int from, int to) => Math.Exp(MedianEstimator.Median(logRatios.Skip(from).Take(to - from).ToList(), interval: false).Value);
        return changes.Select((start, c) => new SeriesStep(start, Median(boundaries[c], boundaries[c + 1]), Median(boundaries[c + 1], boundaries[c + 2]))).ToList();
    }
}
