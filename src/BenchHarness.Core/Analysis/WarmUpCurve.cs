using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// How a platform warms up in a fresh process. Iteration 0 is the cold (first) invocation, 1 … n the warm ones in
/// order (after the suite's warm-up invocations, which are not kept); each point is the Harrell-Davis median, over
/// every launch of every ok workload of the platform, of that iteration's time over its launch's warm Harrell-Davis
/// median — so workloads of any length share one scale, and 1 is the settled speed. Start-up workloads have no iterations.
/// </summary>
public static class WarmUpCurve
{
    /// <summary>For each iteration number, the median of the per-launch relative times, as far as half the launches reached; null when no launch has warm samples.</summary>
    public static IReadOnlyList<double>? Of(IEnumerable<CellResult> platformCells)
    {
        var launches = platformCells.Where(c => c is { Status: CellStatus.Ok, MeasuresStartUp: false })
            .SelectMany(c => c.WarmByLaunch().Zip(c.ColdNs, (warm, cold) => (Warm: warm, Cold: (double)cold)))
            .Where(l => l.Warm.Count > 0)
            .Select(l =>
            {
                var settled = PerfolizerMethods.Quantile(l.Warm, 0.5);
                return (IReadOnlyList<double>)[l.Cold / settled, .. l.Warm.Select(v => v / settled)];
            })
            .ToList();
        if (launches.Count == 0)
        {
            return null;
        }

        // As far as half the launches got: beyond that a point is a handful of launches, and noise. So every point
        // below that length has at least half the launches behind it.
        var length = launches.Select(l => l.Count).Order().ElementAt(launches.Count / 2);
        return Enumerable.Range(0, length).Select(i => PerfolizerMethods.Quantile(launches.Where(l => l.Count > i).Select(l => l[i]).ToList(), 0.5)).ToList();
    }
}
