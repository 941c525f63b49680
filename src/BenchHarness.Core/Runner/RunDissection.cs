using System.Globalization;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>One workload on one platform of a counting run, dissected over every counted invocation of its launches that ended ok.</summary>
public sealed record WorkloadDissection(string Platform, string Workload, Dissection.Result Result, int Invocations);

/// <summary>
/// The dissection of a run that counted instructions (<c>run --measure instructions</c>), for its emulated platforms (a
/// native program has no translated code to tell apart): the callgrind dumps it kept in
/// <c>instructions/</c>, one per counted invocation, read for the launches the journal says ended ok (a crashed
/// attempt's dumps are partial), summed function by function per platform and workload, and split into parts
/// (<see cref="Dissection"/>).
/// </summary>
public static class RunDissection
{
    public static IReadOnlyList<WorkloadDissection> Of(string runDirectory)
    {
        var folder = Path.Combine(runDirectory, InstructionCount.Folder);
        if (!Directory.Exists(folder))
        {
            throw new BadInputException(BadInputKind.UnreadableRun, runDirectory, $"'{runDirectory}' has no {InstructionCount.Folder}/ folder: dissect a run that counted host instructions, or give profile files.");
        }

        var journal = JournalFile.Read(runDirectory);
        var emulated = journal.Run.Platforms.Where(p => p.Launcher.Count > 0).Select(p => p.Name).ToHashSet();
        var dissections = new List<WorkloadDissection>();
        foreach (var cell in journal.Launches.Where(l => l.Status == CellStatus.Ok && emulated.Contains(l.Platform)).GroupBy(l => (l.Platform, l.Workload)))
        {
            var dumps = cell.SelectMany(launch => Dumps(runDirectory, launch)).ToList();
            if (dumps.Count == 0)
            {
                continue;
            }

            var profiles = dumps.Select(d => HostInstructionProfile.Parse(Read(d), d)).ToList();
            var functions = profiles.SelectMany(p => p.Functions).GroupBy(f => (f.File, f.Function))
                .Select(g => new FunctionInstructions(g.Key.File, g.Key.Function, g.Sum(f => f.Instructions))).OrderByDescending(f => f.Instructions).ToList();
            var summed = new HostInstructionProfile(profiles[0].Command, profiles.Sum(p => p.Total), functions);
            dissections.Add(new WorkloadDissection(cell.Key.Platform, cell.Key.Workload, Dissection.Of(summed), dumps.Count));
        }

        return dissections;
    }

    /// <summary>
    /// The dumps of one launch, in order: <c>FILE.1</c>, <c>FILE.2</c>, … of <see cref="InstructionCount.OutputFile"/>, each
    /// as written or compressed with gzip (<c>FILE.1.gz</c>: a published run keeps its dumps so, about 20 times smaller).
    /// </summary>
    private static IEnumerable<string> Dumps(string runDirectory, LaunchRecord launch)
    {
        var file = InstructionCount.OutputFile(runDirectory, launch.Platform, launch.Workload, launch.Round, launch.Attempt);
        for (var n = 1; ; n++)
        {
            var dump = $"{file}.{n.ToString(CultureInfo.InvariantCulture)}";
            if (File.Exists(dump) || File.Exists(dump + ".gz"))
            {
                yield return File.Exists(dump) ? dump : dump + ".gz";
            }
            else
            {
                yield break;
            }
        }
    }

    private static string Read(string dump)
    {
        if (!dump.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllText(dump);
        }

        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(dump), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
