using BenchHarness.Core.Analysis;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Adaptive sampling: while a launch runs, the host re-estimates the cell's warm median from every ok
/// launch so far plus this one, and asks the probe to stop once the median's 95% interval is within the
/// suite's <see cref="Model.Suite.TargetRelativeHalfWidth"/> — or the probe stops itself when the launch's
/// time share (<see cref="Model.Suite.MaxSecondsPerLaunch"/>) is spent. Every launch still gives its minimum
/// of three warm samples (the probe never stops before), so each fresh process is represented.
/// </summary>
internal sealed class PrecisionTarget(double target, IReadOnlyList<long> earlierWarmNs)
{
    public const int MinimumWarmPerLaunch = 3;

    private readonly List<double> _warm = earlierWarmNs.Select(v => (double)v).ToList();
    private int _thisLaunch;

    /// <summary>Whether the target was reached during this launch.</summary>
    public bool Reached { get; private set; }

    /// <summary>Adds a warm sample of this launch; true when the probe may stop now.</summary>
    public bool Add(long ns)
    {
        _warm.Add(ns);
        _thisLaunch++;
        if (Reached || _thisLaunch < MinimumWarmPerLaunch || _warm.Count < MedianEstimator.MinimumForInterval)
        {
            return false;
        }

        var median = MedianEstimator.Median(_warm);
        Reached = median.Lower is { } lower && median.Upper is { } upper && median.Value > 0 && (upper - lower) / 2 / median.Value <= target;
        return Reached;
    }
}
