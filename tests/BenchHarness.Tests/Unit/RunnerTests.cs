using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

public sealed class RunnerTests
{
    internal static readonly PlatformAvailability Available = new(true, null, "fake 1.0");

    internal static async Task<(string Directory, FakeLauncher Launcher)> RunAsync(
        Suite suite, IReadOnlyList<PlatformDefinition> platforms, Func<ProcessSpec, int, (IReadOnlyList<string>, ProcessOutcome)> script,
        Func<PlatformDefinition, PlatformAvailability>? check = null)
    {
        var directory = TestData.TempDirectory();
        var launcher = new FakeLauncher(script);
        var run = new BenchmarkRun(launcher, TestData.Layout(), check ?? (_ => Available), _ => { });
        await run.StartAsync(suite, platforms, directory, CancellationToken.None);
        return (directory, launcher);
    }

    /// <summary>Native samples of 10 ms, emulated ones of 30 ms: a 3× slowdown.</summary>
    internal static (IReadOnlyList<string>, ProcessOutcome) Healthy(ProcessSpec spec, int call) => FakeLauncher.Target(spec) switch
    {
        "linux-arm64-aot" => (FakeLauncher.ProbeLines("Arm64", "Linux", "abc", 30_000_000, 31_000_000, 29_000_000, 30_500_000, 29_500_000), FakeLauncher.Exit(0)),
        _ => (FakeLauncher.ProbeLines("X64", "Linux", "abc", 10_000_000, 10_200_000, 9_800_000, 10_100_000, 9_900_000), FakeLauncher.Exit(0)),
    };

    [Fact]
    public async Task A_healthy_run_gives_ok_cells_and_a_three_fold_ratio()
    {
        var (directory, launcher) = await RunAsync(TestData.Suite(), [TestData.Native(), TestData.Emulated()], Healthy);
        var result = ResultBuilder.Build(JournalFile.Read(directory));

        Assert.All(result.Cells, c => Assert.Equal(CellStatus.Ok, c.Status));
        Assert.Equal(4, result.Cells.Count);
        Assert.Equal("Arm64", result.Cells.Single(c => c.Platform == "qemu-aarch64" && c.Workload == "document-render").Arch);
        Assert.Equal(2, result.Comparisons.Count);
        Assert.All(result.Comparisons, c => Assert.InRange(c.Ratio, 2.9, 3.1));
        Assert.All(result.Comparisons, c => Assert.True(c.CiLower <= c.Ratio && c.Ratio <= c.CiUpper));
        var index = Assert.Single(result.Index);
        Assert.InRange(index.Value, 2.9, 3.1);
        // Two hello starts (one per platform) and four measured launches.
        Assert.Equal(6, launcher.Started.Count);
        Assert.Contains(launcher.Started, s => s.Argv[0] == "qemu-aarch64" && s.Argv[1] == "-L");
    }

    [Fact]
    public async Task A_probe_of_another_protocol_version_makes_its_platform_unavailable_with_the_fix()
    {
        var (directory, launcher) = await RunAsync(TestData.Suite(workloads: "document-render"), [TestData.Native()], (spec, call) =>
        {
            var (lines, outcome) = Healthy(spec, call);
            return (lines.Select(l => l.Replace($"\"protocol\":{Protocol.ProbeProtocol.Version}", "\"protocol\":1", StringComparison.Ordinal)).ToList(), outcome);
        });
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Unavailable, cell.Status);
        Assert.Contains($"the probe speaks protocol 1, this BenchHarness speaks {Protocol.ProbeProtocol.Version}: rebuild the probes", cell.Error);
        Assert.Single(launcher.Started); // its hello: no launch is made only to fail the same way
    }

    [Fact]
    public async Task A_launch_whose_probe_turns_out_to_speak_another_protocol_fails_with_the_fix()
    {
        // The hello spoke this version (probes rebuilt meanwhile, say); the measured launch does not.
        var (directory, _) = await RunAsync(TestData.Suite(workloads: "document-render"), [TestData.Native()], (spec, call) =>
        {
            var (lines, outcome) = Healthy(spec, call);
            return FakeLauncher.IsHello(spec) ? (lines, outcome)
                : (lines.Select(l => l.Replace($"\"protocol\":{Protocol.ProbeProtocol.Version}", "\"protocol\":1", StringComparison.Ordinal)).ToList(), outcome);
        });
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Crashed, cell.Status);
        Assert.Contains("the probe speaks protocol 1", cell.Error);
        Assert.Empty(cell.SamplesNs);
    }

    [Fact]
    public async Task A_silently_native_run_of_an_emulated_platform_is_caught()
    {
        var (directory, _) = await RunAsync(TestData.Suite(workloads: "document-render"), [TestData.Native(), TestData.Emulated()],
            (spec, call) => (FakeLauncher.ProbeLines("X64", "Linux", "abc", 10, 11, 12), FakeLauncher.Exit(0)));
        var result = ResultBuilder.Build(JournalFile.Read(directory));
        var cell = result.Cells.Single(c => c.Platform == "qemu-aarch64");

        Assert.Equal(CellStatus.Incorrect, cell.Status);
        Assert.Contains("expected Arm64", cell.Error);
        Assert.Empty(result.Comparisons);
    }

    [Fact]
    public async Task A_checksum_that_differs_from_the_baseline_makes_the_cell_incorrect_and_gives_no_ratio()
    {
        var (directory, _) = await RunAsync(TestData.Suite(workloads: "spreadsheet-recalc"), [TestData.Native(), TestData.Emulated()], (spec, call) =>
            FakeLauncher.Target(spec) == "linux-arm64-aot"
                ? (FakeLauncher.ProbeLines("Arm64", "Linux", "bad", 30, 31, 32), FakeLauncher.Exit(0))
                : Healthy(spec, call));
        var result = ResultBuilder.Build(JournalFile.Read(directory));

        Assert.Equal(CellStatus.Incorrect, result.Cells.Single(c => c.Platform == "qemu-aarch64").Status);
        Assert.Equal(CellStatus.Ok, result.Cells.Single(c => c.Platform == "native-aot").Status);
        Assert.Empty(result.Comparisons);
        Assert.Empty(result.Index);
    }

    [Fact]
    public async Task An_unavailable_platform_is_skipped_with_its_reason()
    {
        var (directory, launcher) = await RunAsync(TestData.Suite(), [TestData.Native(), TestData.Emulated()], Healthy,
            p => p.Name == "qemu-aarch64" ? new PlatformAvailability(false, "qemu-aarch64 not found", null) : Available);
        var result = ResultBuilder.Build(JournalFile.Read(directory));

        Assert.All(result.Cells.Where(c => c.Platform == "qemu-aarch64"), c =>
        {
            Assert.Equal(CellStatus.Unavailable, c.Status);
            Assert.Equal("qemu-aarch64 not found", c.Error);
        });
        Assert.DoesNotContain(launcher.Started, s => s.Argv[0] == "qemu-aarch64");
    }

    [Fact]
    public async Task Resume_runs_only_what_the_journal_lacks()
    {
        var suite = TestData.Suite(launches: 2);
        var platforms = new[] { TestData.Native(), TestData.Emulated() };
        var directory = TestData.TempDirectory();
        var measured = 0;
        // The machine "dies" during the sixth measured launch.
        var dying = new FakeLauncher((spec, call) =>
            !FakeLauncher.IsHello(spec) && ++measured > 5 ? throw new OperationCanceledException() : Healthy(spec, call));
        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            new BenchmarkRun(dying, TestData.Layout(), _ => Available, _ => { }).StartAsync(suite, platforms, directory, CancellationToken.None));

        var resumed = new FakeLauncher(Healthy);
        await new BenchmarkRun(resumed, TestData.Layout(), _ => Available, _ => { }).ResumeAsync(directory, CancellationToken.None);
        var result = ResultBuilder.Build(JournalFile.Read(directory));

        Assert.Equal(8 - 5, resumed.Started.Count(s => !FakeLauncher.IsHello(s)));
        Assert.All(result.Cells, c => Assert.Equal(2, c.Launches));
        Assert.All(result.Cells, c => Assert.Equal(CellStatus.Ok, c.Status));
    }

    [Fact]
    public async Task Samples_of_an_attempt_interrupted_midway_never_mix_with_the_resumed_attempt()
    {
        var suite = TestData.Suite(workloads: "document-render");
        var directory = TestData.TempDirectory();
        var interrupted = new FakeLauncher((spec, call) => FakeLauncher.IsHello(spec)
            ? Healthy(spec, call)
            : (FakeLauncher.ProbeLines("X64", "Linux", "abc", 999_000_000, 999_000_000).Take(4).ToList(), new ProcessOutcome(130, false, "", 1)));
        using var cancel = new CancellationTokenSource();
        var run = new BenchmarkRun(new CancellingLauncher(interrupted, cancel), TestData.Layout(), _ => Available, _ => { });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.StartAsync(suite, [TestData.Native()], directory, cancel.Token));

        await new BenchmarkRun(new FakeLauncher(Healthy), TestData.Layout(), _ => Available, _ => { }).ResumeAsync(directory, CancellationToken.None);
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Ok, cell.Status);
        Assert.DoesNotContain(999_000_000L, cell.SamplesNs);
        Assert.Equal(5, cell.SamplesNs.Count);
    }

    /// <summary>Cancels the run while the first measured launch is printing, as Ctrl-C does.</summary>
    private sealed class CancellingLauncher(FakeLauncher inner, CancellationTokenSource cancel) : IProcessLauncher
    {
        public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, Func<string, long, bool> onLine, CancellationToken cancellation)
        {
            var outcome = await inner.RunAsync(spec, onLine, cancellation);
            if (!FakeLauncher.IsHello(spec))
            {
                cancel.Cancel();
            }

            return outcome;
        }
    }

    [Fact]
    public async Task A_cell_whose_median_is_precise_enough_is_asked_to_stop_after_the_minimum()
    {
        var suite = TestData.Suite(launches: 2, workloads: "document-render") with { Iterations = 10, TargetRelativeHalfWidth = 0.02 };
        var steady = FakeLauncher.ProbeLines("X64", "Linux", "abc", Enumerable.Repeat(10_000_000L, 10).Select((v, i) => v + (i * 1000)).ToArray());
        var (directory, launcher) = await RunAsync(suite, [TestData.Native()], (spec, _) => (steady, FakeLauncher.Exit(0)));
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        // hello, ready, cold, then three warm samples: the fourth line of warm output is never read.
        Assert.Equal([null, 6, 6], launcher.StoppedAfter);
        Assert.Equal(6, cell.SamplesNs.Count);
        Assert.True(cell.Warm!.TargetMet);
    }

    [Fact]
    public async Task A_noisy_cell_samples_until_its_time_share_and_reports_the_target_missed()
    {
        var suite = TestData.Suite(workloads: "document-render") with { Iterations = 6, TargetRelativeHalfWidth = 0.02 };
        var noisy = FakeLauncher.ProbeLines("X64", "Linux", "abc", 10_000_000, 20_000_000, 5_000_000, 16_000_000, 8_000_000, 12_000_000);
        var (directory, launcher) = await RunAsync(suite, [TestData.Native()], (spec, _) => (noisy, FakeLauncher.Exit(0)));
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.All(launcher.StoppedAfter, s => Assert.Null(s));
        Assert.Equal(6, cell.SamplesNs.Count);
        Assert.False(cell.Warm!.TargetMet);
    }

    [Fact]
    public async Task A_start_up_workload_is_measured_by_the_host_over_fresh_processes()
    {
        var suite = TestData.Suite(workloads: "document-render") with
        {
            Workloads = [new SuiteWorkload("document-render", 1), new SuiteWorkload("app-start", 1, Launches: 4)],
        };
        var (directory, launcher) = await RunAsync(suite, [TestData.Native()], (spec, call) => spec.Argv.Contains("app-start")
            ? (FakeLauncher.ProbeLines("X64", "Linux", "abc", "startup", 5, 6, 7), FakeLauncher.Exit(0))
            : Healthy(spec, call));
        var cells = ResultBuilder.Build(JournalFile.Read(directory)).Cells;
        var start = cells.Single(c => c.Workload == "app-start");

        // The fake prints its ready line 2 ms after the start: three warm launches, one cold.
        Assert.Equal([2_000_000L, 2_000_000L, 2_000_000L], start.SamplesNs);
        Assert.Equal([2_000_000L], start.ColdNs);
        Assert.Equal(4, start.Launches);
        Assert.Equal(1, cells.Single(c => c.Workload == "document-render").Launches);
        Assert.Equal(1 + 1 + 4, launcher.Started.Count);
    }

    [Theory]
    [InlineData(65, "1:05")]
    [InlineData(3725, "62:05")]
    public void The_progress_clock_counts_minutes_past_the_hour(int seconds, string shown) =>
        Assert.Equal(shown, BenchmarkRun.Clock(TimeSpan.FromSeconds(seconds)));
}
