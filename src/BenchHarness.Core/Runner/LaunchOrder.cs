using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Which launch a free lane of a counting run starts next. One lane takes the plan's order (a timed run: its partners
/// side by side, <see cref="RunPlan"/>). Lanes side by side finish when their last launch does, so a counting run
/// starts the longest first (Graham's LPT rule, which keeps the run within 4/3 of the shortest possible: R. L. Graham,
/// "Bounds on multiprocessing timing anomalies", SIAM J. Appl. Math. 17(2), 1969): first the launches of the platforms
/// compared with no other in the run (the native baseline: the cheapest, and they tell what each workload costs), in plan
/// order; then the rest by the most host instructions per invocation counted so far for their workload on any platform,
/// a workload not yet counted first. picture-insert's launch under qemu-aarch64 takes 7.5 of the regression suite's 36
/// minutes of counting launches: started last in two lanes, it would end minutes after the other lane.
/// </summary>
public static class LaunchOrder
{
    /// <summary>The index in <paramref name="left"/> of the launch to start next.</summary>
    /// <param name="roots">The platforms compared with no other in the run (<see cref="RunPlan.ParentOf"/> null).</param>
    /// <param name="perInvocation">The most host instructions per invocation counted so far for a workload, or null.</param>
    public static int Next(IReadOnlyList<PlannedLaunch> left, IReadOnlySet<string> roots, Func<string, long?> perInvocation)
    {
        for (var i = 0; i < left.Count; i++)
        {
            if (roots.Contains(left[i].Platform.Name))
            {
                return i;
            }
        }

        var (best, cost) = (0, long.MinValue);
        for (var i = 0; i < left.Count; i++)
        {
            var expected = perInvocation(left[i].Workload) ?? long.MaxValue;
            if (expected > cost)
            {
                (best, cost) = (i, expected);
            }
        }

        return best;
    }

    /// <summary>The roots of a run's platforms: those compared with no other platform in it.</summary>
    public static IReadOnlySet<string> Roots(IReadOnlyList<PlatformDefinition> platforms)
    {
        var names = platforms.Select(p => p.Name).ToHashSet();
        return platforms.Where(p => RunPlan.ParentOf(p, names) is null).Select(p => p.Name).ToHashSet();
    }
}
