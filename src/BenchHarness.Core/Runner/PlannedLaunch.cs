using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>One fresh process of one cell: which platform, which workload, which round.</summary>
public sealed record PlannedLaunch(PlatformDefinition Platform, string Workload, int Round)
{
    public LaunchKey Key => new(Platform.Name, Workload, Round);

    public CellKey Cell => new(Platform.Name, Workload);
}

/// <summary>
/// The run order. Launches are interleaved: each round visits every workload, and for each workload every
/// platform, with the platform order rotated from one workload and round to the next, so that slow drift of
/// the machine (thermal, background load) spreads over all platforms instead of biasing one ratio.
/// </summary>
public static class RunPlan
{
    public static IReadOnlyList<PlannedLaunch> Create(Suite suite, IReadOnlyList<PlatformDefinition> platforms)
    {
        var plan = new List<PlannedLaunch>();
        if (platforms.Count == 0)
        {
            return plan;
        }

        var rounds = suite.Workloads.Max(w => w.Launches ?? suite.Launches);
        for (var round = 0; round < rounds; round++)
        {
            for (var w = 0; w < suite.Workloads.Count; w++)
            {
                if (round >= (suite.Workloads[w].Launches ?? suite.Launches))
                {
                    continue;
                }

                var offset = ((round * suite.Workloads.Count) + w) % platforms.Count;
                for (var p = 0; p < platforms.Count; p++)
                {
                    plan.Add(new PlannedLaunch(platforms[(p + offset) % platforms.Count], suite.Workloads[w].Name, round));
                }
            }
        }

        return plan;
    }
}
