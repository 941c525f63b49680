using System.Diagnostics;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// Issue 13: the real CLI, killed with SIGKILL (its whole process group, the probe included) in the middle of a run,
/// then <c>run --resume</c>: the result has exactly the launches, cells and sample counts of an uninterrupted run,
/// no launch twice and no sample lost.
/// </summary>
[Trait("Category", "Integration")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class KillAndResumeTests
{
    /// <summary>Two workloads, three fresh processes each, five warm samples a launch and no early stop: every count is known.</summary>
    private const string Suite = """
        {"name":"kill-resume","size":"small","launches":3,"warmup":1,"iterations":5,"maxSecondsPerLaunch":30,"timeoutSeconds":60,"maxAttempts":3,
         "targetRelativeHalfWidth":1e-9,"workloads":[{"name":"text-wordcount-sort","weight":1},{"name":"document-save-load","weight":1}]}
        """;

    [Fact]
    public void A_run_killed_with_SIGKILL_and_resumed_has_exactly_the_launches_and_samples_of_an_uninterrupted_one()
    {
        var directory = TestData.TempDirectory();
        var suite = Path.Combine(directory, "kill-resume.json");
        File.WriteAllText(suite, Suite);
        // The slow launcher stretches each launch so that the kill lands inside one, after some of its samples.
        var slow = Path.Combine(directory, "slow.sh");
        File.WriteAllText(slow, "#!/bin/bash\n\"$@\" | while IFS= read -r line; do echo \"$line\"; sleep 0.05; done\n");
        File.SetUnixFileMode(slow, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var platform = Path.Combine(directory, "slow.json");
        File.WriteAllText(platform, $$"""{"name":"slow-native","launcher":["{{slow}}"],"target":"linux-x64-aot","baseline":"native-aot","expectArch":"X64","expectOs":"Linux"}""");
        string[] Args(string output) => ["run", "--suite", suite, "--platform", platform, "--out", output];

        var whole = Path.Combine(directory, "whole");
        var (exit, _, stderr) = CliProcess.Run(TimeSpan.FromMinutes(5), Args(whole));
        Assert.True(exit == 0, stderr);

        var killed = Path.Combine(directory, "killed");
        var journal = Path.Combine(killed, JournalFile.FileName);
        var (_, _, kills) = KillMidLaunch(Args(killed), journal, "-KILL", group: true);
        var (resumed, _, resumeErr) = CliProcess.Run(TimeSpan.FromMinutes(5), "run", "--resume", killed);
        Assert.True(resumed == 0, resumeErr);

        var expected = JournalFile.Read(whole);
        var actual = JournalFile.Read(killed);
        Assert.True(kills.SamplesAfterLastLaunch > 0, $"the kill landed between launches ({kills})");
        // Every launch of the plan ended ok exactly once, in both runs.
        Assert.Equal(Launches(expected), Launches(actual));
        Assert.All(actual.Launches.Where(l => l.Status == CellStatus.Ok).GroupBy(l => l.Launch), g => Assert.Single(g));
        // The samples of the attempts that count: per launch, one cold, one warm-up, five warm; none twice, none lost.
        Assert.Equal(Samples(expected), Samples(actual));
        var (wholeCells, killedCells) = (ResultFile.Read(whole).Cells, ResultFile.Read(killed).Cells);
        Assert.Equal(wholeCells.Select(c => (c.Platform, c.Workload, c.Status, c.SamplesNs.Count, c.Checksum)),
            killedCells.Select(c => (c.Platform, c.Workload, c.Status, c.SamplesNs.Count, c.Checksum)));
        Assert.All(killedCells, c => Assert.Equal(15, c.SamplesNs.Count));
        // The interrupted attempt's samples stay in the journal, under an attempt number the resume did not reuse.
        Assert.True(actual.Samples.Count > expected.Samples.Count, "the interrupted launch's samples were expected in the journal");
        Assert.Empty(new ProcessSweep(ProcessSweep.TokenFor(killed)).Find());
    }

    [Fact]
    public void SIGTERM_ends_the_run_and_everything_it_started_and_resume_finishes_it()
    {
        var directory = TestData.TempDirectory();
        var suite = Path.Combine(directory, "kill-resume.json");
        File.WriteAllText(suite, Suite);
        // Each launch leaves a child in a session of its own, and is stretched so that the signal lands inside one.
        var marker = $"bhterm{Guid.NewGuid():N}"[..14];
        var launcher = Path.Combine(directory, "leaves-a-child.sh");
        File.WriteAllText(launcher, $"#!/bin/bash\nsetsid bash -c 'exec -a {marker} sleep 3600' </dev/null >/dev/null 2>&1 &\n\"$@\" | while IFS= read -r line; do echo \"$line\"; sleep 0.05; done\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var platform = Path.Combine(directory, "child.json");
        File.WriteAllText(platform, $$"""{"name":"leaves-a-child","launcher":["{{launcher}}"],"target":"linux-x64-aot","baseline":"native-aot","expectArch":"X64","expectOs":"Linux"}""");
        var output = Path.Combine(directory, "run");

        var (exit, stderr, _) = KillMidLaunch(["run", "--suite", suite, "--platform", platform, "--out", output], Path.Combine(output, JournalFile.FileName), "-TERM", group: false);

        Assert.True(exit == 130, $"exit {exit}: {stderr}");
        Assert.Contains("interrupted; what was measured is in the journal", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Empty(Marked(marker));
        Assert.Empty(new ProcessSweep(ProcessSweep.TokenFor(output)).Find());
        var (resumed, _, resumeErr) = CliProcess.Run(TimeSpan.FromMinutes(5), "run", "--resume", output);
        Assert.True(resumed == 0, resumeErr);
        Assert.All(ResultFile.Read(output).Cells, c => Assert.Equal(15, c.SamplesNs.Count));
        Assert.Empty(Marked(marker));
    }

    /// <summary>The processes whose argv[0] is <paramref name="marker"/>.</summary>
    private static IReadOnlyList<string> Marked(string marker) => ProcessTable.Matching(line => line.StartsWith(marker + "\0", StringComparison.Ordinal));

    private sealed record Kill(int LaunchesBefore, int SamplesAfterLastLaunch);

    /// <summary>Starts the CLI as the leader of its own process group and kills the group once a launch is under way.</summary>
    /// <summary>
    /// Starts the CLI as the leader of its own process group, sends <paramref name="signal"/> once a launch is under way
    /// (to the whole group when <paramref name="group"/>), and returns its exit code, its stderr and where the signal landed.
    /// </summary>
    private static (int Exit, string Stderr, Kill Kill) KillMidLaunch(string[] args, string journal, string signal, bool group)
    {
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["dotnet", Path.Combine(AppContext.BaseDirectory, "benchharness.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["BENCHHARNESS_HOME"] = ProjectLayout.Discover().Root;
        using var harness = Process.Start(start)!;
        var stderr = harness.StandardError.ReadToEndAsync();
        _ = harness.StandardOutput.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var lines = File.Exists(journal) ? ReadShared(journal) : [];
            var launches = lines.Count(l => l.Contains("\"type\":\"launch\"", StringComparison.Ordinal));
            var afterLast = Enumerable.Reverse(lines).TakeWhile(l => !l.Contains("\"type\":\"launch\"", StringComparison.Ordinal)).Count(l => l.Contains("\"type\":\"sample\"", StringComparison.Ordinal));
            if (launches >= 4 && afterLast >= 2)
            {
                // setsid made the CLI its group's leader: -PID is the group, the probe and its launcher with it.
                using var kill = Process.Start("kill", [signal, "--", group ? $"-{harness.Id}" : $"{harness.Id}"]);
                kill.WaitForExit();
                harness.WaitForExit();
                return (harness.ExitCode, stderr.Result, new Kill(launches, afterLast));
            }

            Thread.Sleep(10);
        }

        harness.Kill(entireProcessTree: true);
        throw new TimeoutException("the run never reached its fifth launch");
    }

    private static string[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static List<string> Launches(RunJournal journal) =>
        journal.Launches.Where(l => l.Status == CellStatus.Ok).Select(l => $"{l.Platform}/{l.Workload}/{l.Round}").Order(StringComparer.Ordinal).ToList();

    /// <summary>Per launch that ended ok, how many samples of each kind its deciding attempt journaled.</summary>
    private static List<string> Samples(RunJournal journal)
    {
        var ok = journal.Launches.Where(l => l.Status == CellStatus.Ok).Select(l => (l.Launch, l.Attempt)).ToHashSet();
        return journal.Samples.Where(s => ok.Contains((s.Launch, s.Attempt)))
            .GroupBy(s => $"{s.Platform}/{s.Workload}/{s.Round}/{s.Kind}")
            .Select(g => $"{g.Key}: {g.Count()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
