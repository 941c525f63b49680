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
/// platforms run in lines of partners (<see cref="PartnerLines"/>), so that the two launches a round's ratio pairs
/// run one right after the other and share the machine's state: a baseline between the first two platforms compared
/// with it, each candidate build right after its reference. Which partner goes first alternates: even rounds run a
/// line forward (a baseline before its first partner), odd rounds backward, so that an order effect (the first launch
/// warming the file cache for the second) is balanced over the rounds instead of biasing every ratio the same way
/// (the AB/BA cross-over design: Jones &amp; Kenward, Design and Analysis of Cross-Over Trials, 3rd ed., Chapman &amp;
/// Hall/CRC 2014, ch. 2). The lines' order rotates from one workload and round to the next, so that slow drift of
/// the machine spreads over all of them. Nothing is random: a resume plans the same order from the same suite and
/// platforms.
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

        var lines = PartnerLines(platforms);
        var rounds = suite.Workloads.Max(w => w.Launches ?? suite.Launches);
        for (var round = 0; round < rounds; round++)
        {
            for (var w = 0; w < suite.Workloads.Count; w++)
            {
                if (round >= (suite.Workloads[w].Launches ?? suite.Launches))
                {
                    continue;
                }

                var offset = ((round * suite.Workloads.Count) + w) % lines.Count;
                for (var l = 0; l < lines.Count; l++)
                {
                    var line = lines[(l + offset) % lines.Count];
                    plan.AddRange((round % 2 == 0 ? line : line.AsEnumerable().Reverse()).Select(p => new PlannedLaunch(p, suite.Workloads[w].Name, round)));
                }
            }
        }

        return plan;
    }

    /// <summary>
    /// The platforms in lines of partners, each in its forward order. A line grows from a platform compared with none
    /// of the others here (a baseline, or one whose baseline is not in the run): its second partner (if any) before it,
    /// its first after it, the others after those; below it, each platform is followed by its own first partner, then
    /// the rest. A candidate is a partner of its reference, any other platform of its baseline. A platform of three
    /// partners or more has one of them one launch further away: a line has room for two neighbours.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PlatformDefinition>> PartnerLines(IReadOnlyList<PlatformDefinition> platforms)
    {
        var names = platforms.Select(p => p.Name).ToHashSet();
        string? ParentOf(PlatformDefinition p) => RunPlan.ParentOf(p, names);
        var placed = new HashSet<string>();
        List<PlatformDefinition> PartnersOf(PlatformDefinition p) => platforms.Where(c => ParentOf(c) == p.Name && !placed.Contains(c.Name)).ToList();

        // The platform first, then depth first each of its partners.
        IEnumerable<PlatformDefinition> Chain(PlatformDefinition platform)
        {
            placed.Add(platform.Name);
            return [platform, .. PartnersOf(platform).SelectMany(c => placed.Contains(c.Name) ? [] : Chain(c)).ToList()];
        }

        var lines = new List<IReadOnlyList<PlatformDefinition>>();
        foreach (var root in platforms.Where(p => ParentOf(p) is null).Concat(platforms).ToList())
        {
            if (placed.Contains(root.Name))
            {
                continue;
            }

            placed.Add(root.Name);
            var partners = PartnersOf(root);
            var first = partners.Count > 0 ? Chain(partners[0]).ToList() : [];
            var second = partners.Count > 1 ? Chain(partners[1]).Reverse().ToList() : [];
            lines.Add([.. second, root, .. first, .. partners.Skip(2).SelectMany(c => placed.Contains(c.Name) ? [] : Chain(c)).ToList()]);
        }

        return lines;
    }

    /// <summary>The platform a platform is compared with in a run of <paramref name="names"/>: its reference, else its baseline; null for a root.</summary>
    public static string? ParentOf(PlatformDefinition platform, IReadOnlySet<string> names) =>
        new[] { platform.Reference, platform.Baseline }.FirstOrDefault(n => n is not null && n != platform.Name && names.Contains(n));
}
