using BenchHarness.Core.Analysis;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Adaptive sampling: while a launch runs, the host re-estimates this launch's warm median from its own samples
/// and asks the probe to stop once the median's 95% interval is within the suite's
/// <see cref="Model.Suite.TargetRelativeHalfWidth"/> — or the probe stops itself when the launch's time share
/// (<see cref="Model.Suite.MaxSecondsPerLaunch"/>) is spent. Only this launch's samples count: more samples of
/// one process make its own median more precise, but cannot show how much the next process differs (that is
/// what more launches are for; the cell's <see cref="Results.CellResult.LaunchPrecision"/> measures it). A
/// launch never stops before it has as many warm samples as the cell's earlier launches (and at least three,
/// the probe's minimum), so that every fresh process weighs the same in the cell's median.
/// </summary>
internal sealed class PrecisionTarget
{
    public const int MinimumWarmPerLaunch = 3;

    private readonly double _target;
    private readonly List<double> _warm = [];
    private readonly int _minimum;

    public PrecisionTarget(double target, IReadOnlyList<IReadOnlyList<long>> earlierLaunches)
    {
        _target = target;
        _minimum = Math.Max(MinimumWarmPerLaunch, earlierLaunches.Select(l => l.Count).DefaultIfEmpty(0).Max());
    }

    /// <summary>Whether the target was reached during this launch.</summary>
    public bool Reached { get; private set; }

    /// <summary>Adds a warm sample of this launch; true when the probe may stop now.</summary>
    public bool Add(long ns)
    {
        _warm.Add(ns);
        if (Reached || _warm.Count < _minimum)
        {
            return false;
        }

        Reached = MedianPrecision.RelativeHalfWidth(_warm) <= _target;
        return Reached;
    }
}
