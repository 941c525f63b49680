namespace BenchHarness.Core.Analysis;

/// <summary>
/// Steps in a trend across runs: change points found by ED-PELT (<see cref="PerfolizerMethods.ChangePoints"/>) over the
/// rounds' log ratios of every run in turn, segments at least one run long; each step is attributed to the run its
/// change point falls in, with the medians (Harrell-Davis, taken on the log scale) of the ratios on each side.
/// </summary>
public static class StepDetector
{
    /// <summary>A step: the first run of the new level, and the median ratio before and after.</summary>
    public sealed record LevelChange(int Run, double Before, double After);

    /// <param name="rounds">Each round's run number and log ratio, run by run.</param>
    public static IReadOnlyList<LevelChange> Find(IReadOnlyList<(int Run, double LogRatio)> rounds)
    {
        var perRun = rounds.GroupBy(r => r.Run).Select(g => g.Count()).DefaultIfEmpty(0).Min();
        if (rounds.Select(r => r.Run).Distinct().Count() < 2 || perRun < 2)
        {
            return [];
        }

        var changes = PerfolizerMethods.ChangePoints(rounds.Select(r => r.LogRatio).ToList(), perRun);
        var boundaries = changes.Prepend(0).Append(rounds.Count).ToList();
        double Median(int from, int to) => Math.Exp(MedianEstimator.Median(rounds.Skip(from).Take(to - from).Select(r => r.LogRatio).ToList(), interval: false).Value);
        return changes.Select((change, c) => new LevelChange(rounds[change].Run, Median(boundaries[c], boundaries[c + 1]), Median(boundaries[c + 1], boundaries[c + 2]))).ToList();
    }
}
