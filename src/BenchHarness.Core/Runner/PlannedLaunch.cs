using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>One fresh process of one cell: which platform, which workload, which round.</summary>
public sealed record PlannedLaunch(PlatformDefinition Platform, string Workload, int Round)
{
    public LaunchKey Key => new(Platform.Name, Workload, Round);

    public CellKey Cell => new(Platform.Name, Workload);
}

/// <summary>
/// The run order. Each round visits every workload, and for each workload every platform once. A workload's
/// platforms run in groups of partners (<see cref="PartnerGroups"/>): a baseline, then each platform compared with
/// it, each followed by its candidate builds, so that the two launches a round's ratio pairs run one right after
/// the other and share the machine's state. Which partner goes first alternates: even rounds run a group forward
/// (the baseline first), odd rounds backward, so that an order effect (the first launch warming the file cache for
/// the second) cancels over the rounds instead of biasing the ratio (Jones &amp; Kenward, Design and Analysis of
/// Cross-Over Trials, 3rd ed., Chapman &amp; Hall/CRC 2014, ch. 2: the AB/BA design). The groups' order rotates from
/// one workload and round to the next, so that slow drift of the machine spreads over all of them. Nothing is
/// random: a resume plans the same order from the same suite and platforms.
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

        var groups = PartnerGroups(platforms);
        var rounds = suite.Workloads.Max(w => w.Launches ?? suite.Launches);
        for (var round = 0; round < rounds; round++)
        {
            for (var w = 0; w < suite.Workloads.Count; w++)
            {
                if (round >= (suite.Workloads[w].Launches ?? suite.Launches))
                {
                    continue;
                }

                var offset = ((round * suite.Workloads.Count) + w) % groups.Count;
                for (var g = 0; g < groups.Count; g++)
                {
                    var group = groups[(g + offset) % groups.Count];
                    plan.AddRange((round % 2 == 0 ? group : group.AsEnumerable().Reverse()).Select(p => new PlannedLaunch(p, suite.Workloads[w].Name, round)));
                }
            }
        }

        return plan;
    }

    /// <summary>
    /// The platforms in groups of partners, each in its forward order: a platform compared with none of the others
    /// here (a baseline, or one whose baseline is not in the run), then depth first each platform compared with it
    /// (by baseline or reference), in the order given.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PlatformDefinition>> PartnerGroups(IReadOnlyList<PlatformDefinition> platforms)
    {
        var names = platforms.Select(p => p.Name).ToHashSet();
        // A candidate hangs under its reference (the pair a gate reads), any other platform under its baseline.
        string? ParentOf(PlatformDefinition p) => new[] { p.Reference, p.Baseline }.FirstOrDefault(n => n is not null && n != p.Name && names.Contains(n));
        var placed = new HashSet<string>();
        var groups = new List<IReadOnlyList<PlatformDefinition>>();
        foreach (var root in platforms.Where(p => ParentOf(p) is null).Concat(platforms))
        {
            if (placed.Contains(root.Name))
            {
                continue;
            }

            var group = new List<PlatformDefinition>();
            var stack = new Stack<PlatformDefinition>([root]);
            while (stack.TryPop(out var platform))
            {
                if (!placed.Add(platform.Name))
                {
                    continue;
                }

                group.Add(platform);
                foreach (var child in platforms.Where(p => ParentOf(p) == platform.Name).Reverse())
                {
                    stack.Push(child);
                }
            }

            groups.Add(group);
        }

        return groups;
    }
}
