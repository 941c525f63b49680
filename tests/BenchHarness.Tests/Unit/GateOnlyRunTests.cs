using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary><c>run --gate-only</c>: the candidates and their references run, the baselines they would be compared with beside them do not.</summary>
public sealed class GateOnlyRunTests
{
    private static readonly PlatformDefinition Reference = TestData.Emulated();

    private static readonly PlatformDefinition Candidate = TestData.Emulated("qemu-aarch64-candidate") with
    {
        Reference = "qemu-aarch64", Launcher = ["/opt/qemu-new/qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"],
    };

    [Fact]
    public void A_gate_only_selection_keeps_the_candidates_and_their_references_only()
    {
        var selected = PlatformLoader.GateOnly([TestData.Native(), Reference, TestData.Emulated("valgrind", "linux-x64-aot", arch: "X64"), Candidate]);

        Assert.Equal(["qemu-aarch64", "qemu-aarch64-candidate"], selected.Select(p => p.Name));
        Assert.Empty(PlatformLoader.GateOnly([TestData.Native(), Reference]));
    }

    [Fact]
    public async Task A_gate_only_run_launches_no_baseline_and_says_it_has_no_ratio_against_one()
    {
        var directory = TestData.TempDirectory();
        var launcher = new FakeLauncher(RunnerTests.Healthy);
        var run = new BenchmarkRun(launcher, TestData.Layout(), _ => RunnerTests.Available, _ => { });

        await run.StartAsync(TestData.Suite(launches: 3), [Reference, Candidate], directory, CancellationToken.None, gateOnly: true);
        var result = ResultBuilder.Build(JournalFile.Read(directory));

        // Two platforms: a hello each, then 2 workloads × 3 rounds each: 2 + 12 processes, every one through a qemu.
        Assert.Equal(2 + 12, launcher.Started.Count);
        Assert.All(launcher.Started, spec => Assert.EndsWith("qemu-aarch64", spec.Argv[0], StringComparison.Ordinal));
        Assert.True(result.GateOnly);
        // The candidate against its reference on both workloads; nothing against native-aot, and no note per missing baseline.
        Assert.Equal([("qemu-aarch64-candidate", "qemu-aarch64"), ("qemu-aarch64-candidate", "qemu-aarch64")],
            result.Comparisons.Select(c => (c.Platform, c.Baseline)));
        Assert.Equal(["qemu-aarch64"], result.Index.Select(i => i.Baseline));
        Assert.Single(result.Notes, n => n.StartsWith("A gate only", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Notes, n => n.Contains("was not in this run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_of_every_comparison_is_not_marked_gate_only()
    {
        var directory = TestData.TempDirectory();
        await new BenchmarkRun(new FakeLauncher(RunnerTests.Healthy), TestData.Layout(), _ => RunnerTests.Available, _ => { })
            .StartAsync(TestData.Suite(), [TestData.Native(), Reference], directory, CancellationToken.None);

        Assert.Null(ResultBuilder.Build(JournalFile.Read(directory)).GateOnly);
    }

    [Fact]
    public async Task The_gate_counts_each_sides_failed_processes_and_tests_the_two_rates()
    {
        var directory = TestData.TempDirectory();
        var candidateRuns = 0;
        // The candidate's measured processes: every second one crashes (SIGSEGV, 139) and is retried; the reference never crashes.
        var launcher = new FakeLauncher((spec, call) =>
            spec.Argv[0].StartsWith("/opt/qemu-new", StringComparison.Ordinal) && !FakeLauncher.IsHello(spec) && ++candidateRuns % 2 == 0
                ? ([], FakeLauncher.Exit(139)) : RunnerTests.Healthy(spec, call));
        await new BenchmarkRun(launcher, TestData.Layout(), _ => RunnerTests.Available, _ => { })
            .StartAsync(TestData.Suite(launches: 4), [Reference, Candidate], directory, CancellationToken.None, gateOnly: true);

        var gate = Core.Compare.GateBuilder.Paired(ResultBuilder.Build(JournalFile.Read(directory)), directory, 0.05, 0.10);

        var failures = Assert.Single(gate.Failures);
        // 2 workloads × 4 rounds = 8 planned processes a side. The candidate's first succeeds; each of the other 7 crashes once
        // and its retry (the next process) succeeds: 7 crashes in 15 started.
        Assert.Equal(("qemu-aarch64-candidate", "qemu-aarch64", 7, 15, 0, 8), (failures.Platform, failures.Reference, failures.CandidateFailed, failures.CandidateStarted, failures.ReferenceFailed, failures.ReferenceStarted));
        // SciPy 1.10.1: fisher_exact([[7, 8], [0, 8]])[1] = 0.05197893594716855.
        Assert.Equal(0.05197893594716855, failures.PValue, 1e-9);
        Assert.Contains("| qemu-aarch64-candidate | qemu-aarch64 | 7 of 15 | 0 of 8 | 0.052 |", Core.Reports.CompareReport.Markdown(gate), StringComparison.Ordinal);
    }
}
