using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Merge;

/// <summary>
/// <c>merge</c>: runs of one suite made separately on different machines, as one journal with the machine as a
/// dimension. Each run's own platforms take its machine's name (<c>native-aot@x86-pc</c>), as a remote host's do, so
/// that every ratio stays within one machine; a comparison across machines exists only when the user names it, and
/// says what it is. The merged journal is analysed and reported like any run's, and is never resumed.
/// </summary>
public static class RunMerger
{
    /// <summary>One run to merge: its folder and, when given, the name of the machine that ran it.</summary>
    public sealed record Source(string Directory, string? Name);

    /// <summary>A cross-machine comparison the user asked for: PLATFORM compared with BASELINE (names as merged).</summary>
    public sealed record Across(string Platform, string Baseline);

    public static RunJournal Merge(IReadOnlyList<Source> sources, IReadOnlyList<Across> across)
    {
        if (sources.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, "merge: there are no runs to merge.");
        }

        var runs = sources.Select(s => (Source: s, Journal: JournalFile.Read(s.Directory))).ToList();
        if (runs.Count == 1 && runs[0].Journal.Run.AllMachines().Count < 2)
        {
            throw new BadInputException(BadInputKind.BadArgument, runs[0].Source.Directory, $"merge: {runs[0].Source.Directory} is one run of one machine: merge runs of two or more machines, or one run of several machines to compare across them.");
        }
        foreach (var (source, journal) in runs)
        {
            if (journal.Run.Machines is not null)
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, source.Directory, $"merge: {source.Directory} is itself a merge: merge the runs it came from instead.");
            }
        }

        CheckSameSuite(runs);
        CheckDistinctRuns(runs);

        var machines = new List<MachineEntry>();
        var renamed = new List<(RunJournal Journal, string Local, Func<string, string> Rename, Func<string, string?> Host)>();
        foreach (var (source, journal) in runs)
        {
            var run = journal.Run;
            var local = source.Name ?? RunRecord.LocalName(run.Machine);
            string Rename(string platform) => run.Platforms.FirstOrDefault(p => p.Name == platform) is { Remote: null } ? $"{platform}@{local}" : platform;
            string? Host(string platform) => run.Platforms.FirstOrDefault(p => p.Name == platform)?.Remote ?? local;
            foreach (var machine in run.AllMachines())
            {
                var name = machine.Remote ? machine.Name : local;
                if (machines.FirstOrDefault(m => m.Name == name) is { } clash)
                {
                    throw new BadInputException(BadInputKind.AlreadyExists, name, $"merge: two machines are named '{name}' ({clash.Source} and {source.Directory}): name them, e.g. merge x86-pc={clash.Source} arm-laptop={source.Directory}.");
                }

                machines.Add(machine with { Name = name, Source = source.Directory, Platforms = machine.Platforms.Select(Rename).ToList() });
            }

            renamed.Add((journal, local, Rename, Host));
        }

        // The machine that ran the harness keeps its platforms local (not remote), under its name.
        var platforms = renamed.SelectMany(r => r.Journal.Run.Platforms.Select(p => p.Remote is null ? HostLoader.Qualify(p, r.Local) with { Remote = null } : p)).ToList();
        platforms = ApplyAcross(platforms, machines, across);
        var first = runs[0].Journal.Run;
        var merged = new RunRecord
        {
            JournalFormat = JournalFile.CurrentFormat,
            Time = runs.Min(r => r.Journal.Run.Time),
            Suite = first.Suite,
            Platforms = platforms,
            Host = first.Host,
            Machine = null,
            Machines = machines,
        };
        return new RunJournal
        {
            Run = merged,
            Platforms = renamed.SelectMany(r => r.Journal.Platforms.Select(p => p with { Platform = r.Rename(p.Platform) })).ToList(),
            Samples = renamed.SelectMany(r => r.Journal.Samples.Select(s => s with { Platform = r.Rename(s.Platform), Host = r.Host(s.Platform) })).ToList(),
            Launches = renamed.SelectMany(r => r.Journal.Launches.Select(l => l with { Platform = r.Rename(l.Platform), Host = r.Host(l.Platform) })).ToList(),
        };
    }

    /// <summary>The merged journal's records in the order a run writes them: the run record first.</summary>
    public static IEnumerable<JournalRecord> Records(RunJournal journal) =>
        new JournalRecord[] { journal.Run }.Concat(journal.Platforms).Concat(journal.Samples).Concat(journal.Launches);

    private static void CheckSameSuite(List<(Source Source, RunJournal Journal)> runs)
    {
        var first = runs[0];
        foreach (var other in runs.Skip(1))
        {
            var (a, b) = (first.Journal.Run.Suite, other.Journal.Run.Suite);
            var why = a.Name != b.Name ? $"suite {a.Name} against {b.Name}"
                : a.Size != b.Size || a.Seed != b.Seed ? $"{a.Size} inputs, seed {a.Seed} against {b.Size} inputs, seed {b.Seed}"
                : !a.Workloads.Select(w => (w.Name, w.Weight)).SequenceEqual(b.Workloads.Select(w => (w.Name, w.Weight))) ? "other workloads or weights"
                : a.Iterations != b.Iterations || a.Warmup != b.Warmup || a.MaxSecondsPerLaunch != b.MaxSecondsPerLaunch ? "other warm-up, iterations or time per launch"
                : null;
            if (why is not null)
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, other.Source.Directory, $"merge: {first.Source.Directory} and {other.Source.Directory} are runs of different suites ({why}): only runs of one suite merge.");
            }
        }
    }

    private static void CheckDistinctRuns(List<(Source Source, RunJournal Journal)> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Path.GetFullPath(runs[i].Source.Directory).TrimEnd('/') == Path.GetFullPath(runs[j].Source.Directory).TrimEnd('/')
                    || (runs[i].Journal.Run.Time == runs[j].Journal.Run.Time && runs[i].Journal.Run.Machine?.Name == runs[j].Journal.Run.Machine?.Name))
                {
                    throw new BadInputException(BadInputKind.NotLikeForLike, runs[i].Source.Directory, $"merge: {runs[j].Source.Directory} and {runs[i].Source.Directory} are the same run: give each run once.");
                }
            }
        }
    }

    private static List<PlatformDefinition> ApplyAcross(List<PlatformDefinition> platforms, IReadOnlyList<MachineEntry> machines, IReadOnlyList<Across> across)
    {
        string? MachineOf(string platform) => machines.FirstOrDefault(m => m.Platforms.Contains(platform))?.Name;
        foreach (var pair in across)
        {
            foreach (var name in new[] { pair.Platform, pair.Baseline })
            {
                if (platforms.All(p => p.Name != name))
                {
                    throw new BadInputException(BadInputKind.UnknownName, name, $"merge: no platform '{name}' to compare across machines in the merged runs (they have: {string.Join(", ", platforms.Select(p => p.Name))}).");
                }
            }

            if (MachineOf(pair.Platform) == MachineOf(pair.Baseline))
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, pair.Platform, $"merge: {pair.Platform} and {pair.Baseline} ran on the same machine, not across machines; a comparison within a machine is made by its baseline already.");
            }

            var index = platforms.FindIndex(p => p.Name == pair.Platform);
            platforms[index] = platforms[index] with { AcrossMachines = [.. platforms[index].AcrossMachines, pair.Baseline] };
        }

        return platforms;
    }
}
