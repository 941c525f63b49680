using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>A finished run given more launches (what bisect does to a pair the gate could not decide): the journal says so, and a resume runs only the new rounds.</summary>
public sealed class ExtendRunTests
{
    /// <summary>The probe's lines, every launch's five samples a little different, as real launches' are.</summary>
    private static (IReadOnlyList<string>, ProcessOutcome) Varied(ProcessSpec spec, int call)
    {
        var (arch, ns) = FakeLauncher.Target(spec) == "linux-arm64-aot" ? ("Arm64", 30_000_000) : ("X64", 10_000_000);
        return (FakeLauncher.ProbeLines(arch, "Linux", "abc", [.. Enumerable.Range(0, 5).Select(i => ns + (call * 7_919) + (i * 104_729))]), FakeLauncher.Exit(0));
    }

    [Fact]
    public async Task An_extended_run_resumes_with_only_the_rounds_it_lacks_numbered_after_its_last()
    {
        var directory = TestData.TempDirectory();
        var platforms = new[] { TestData.Native(), TestData.Emulated() };
        await new BenchmarkRun(new FakeLauncher(Varied), TestData.Layout(), _ => RunnerTests.Available, _ => { }).StartAsync(TestData.Suite(launches: 2), platforms, directory, CancellationToken.None);

        BenchmarkRun.Extend(directory, 5);
        var resumed = new FakeLauncher(Varied);
        await new BenchmarkRun(resumed, TestData.Layout(), _ => RunnerTests.Available, _ => { }).ResumeAsync(directory, CancellationToken.None);
        var journal = JournalFile.Read(directory);
        var result = ResultBuilder.Build(journal);

        Assert.Equal(5, journal.Run.Suite.Launches);
        // Two platforms × the suite's workloads × rounds 3 to 5: nothing measured twice.
        var workloads = journal.Run.Suite.Workloads.Count;
        Assert.Equal(2 * workloads * 3, resumed.Started.Count(s => !FakeLauncher.IsHello(s)));
        Assert.Equal(2 * workloads * 5, journal.Launches.Select(l => l.Launch).Distinct().Count());
        Assert.All(result.Cells, c =>
        {
            Assert.Equal(5, c.Launches);
            Assert.Equal([0, 1, 2, 3, 4], c.WarmRounds());
        });
        Assert.Equal(5, result.Suite.Launches);
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkRun.Extend(directory, 5));
    }
}
