using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;
using static BenchHarness.Tests.Unit.RunnerTests;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Crashes and timeouts are retried up to the suite's maxAttempts, each attempt journaled; what ends a cell says how far
/// the probe got. A resume tries again a launch whose last attempt failed with attempts left.
/// </summary>
public sealed class RetryTests
{
    [Fact]
    public async Task A_crash_is_retried_and_the_attempts_are_recorded()
    {
        var crashesLeft = 2;
        var (directory, _) = await RunAsync(TestData.Suite(workloads: "document-render"), [TestData.Native()], (spec, call) =>
            !FakeLauncher.IsHello(spec) && crashesLeft-- > 0
                ? (["""{"type":"hello","arch":"X64","os":"Linux"}"""], new ProcessOutcome(139, false, "Segmentation fault", 1))
                : Healthy(spec, call));
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Ok, cell.Status);
        Assert.Equal(3, cell.Attempts);
        Assert.Equal(5, cell.SamplesNs.Count);
    }

    [Fact]
    public async Task A_cell_that_always_crashes_is_a_crashed_result_after_the_last_attempt()
    {
        var (directory, launcher) = await RunAsync(TestData.Suite(maxAttempts: 2, workloads: "document-render"), [TestData.Native()], (spec, call) =>
            FakeLauncher.IsHello(spec) ? Healthy(spec, call) : ([], new ProcessOutcome(134, false, "Aborted (core dumped)", 1)));
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Crashed, cell.Status);
        Assert.Equal(2, cell.Attempts);
        Assert.Contains("Aborted", cell.Error);
        Assert.Equal(3, launcher.Started.Count);
    }

    [Fact]
    public async Task A_timeout_is_retried_and_each_attempt_is_recorded()
    {
        var hangsLeft = 1;
        var (directory, launcher) = await RunAsync(TestData.Suite(workloads: "document-render"), [TestData.Native()], (spec, call) =>
            !FakeLauncher.IsHello(spec) && hangsLeft-- > 0 ? ([], new ProcessOutcome(null, true, "", 10_000_000_000)) : Healthy(spec, call));
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Ok, cell.Status);
        Assert.Equal(2, cell.Attempts);
        Assert.Equal(1, cell.Launches);
        Assert.Equal(3, launcher.Started.Count);
        Assert.Equal([CellStatus.Timeout, CellStatus.Ok], JournalFile.Read(directory).Launches.Select(l => l.Status));
    }

    [Fact]
    public async Task A_launch_that_always_times_out_is_a_timeout_after_the_last_attempt()
    {
        var (directory, launcher) = await RunAsync(TestData.Suite(maxAttempts: 2, workloads: "document-render"), [TestData.Native()], (spec, call) =>
            FakeLauncher.IsHello(spec) ? Healthy(spec, call) : ([], new ProcessOutcome(null, true, "", 10_000_000_000)));
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Timeout, cell.Status);
        Assert.Equal(2, cell.Attempts);
        Assert.Equal(3, launcher.Started.Count);
    }

    [Theory]
    [InlineData(false, "killed by the timeout after the probe said hello, before its inputs were ready; it said last: 0024:err:sync:RtlpWaitForCriticalSection")]
    [InlineData(true, "killed by the timeout after 0 samples; it said last: 0024:err:sync:RtlpWaitForCriticalSection")]
    public async Task A_timeout_says_how_far_the_probe_got_and_what_it_said_last(bool ready, string expected)
    {
        // The healthy probe's hello, and its ready when it got that far.
        var said = FakeLauncher.ProbeLines("X64", "Linux", "abc", 10).Take(ready ? 2 : 1).ToList();
        var (directory, _) = await RunAsync(TestData.Suite(workloads: "document-render"), [TestData.Native()], (spec, call) =>
            FakeLauncher.IsHello(spec) ? Healthy(spec, call)
                : (said, new ProcessOutcome(null, true, "fixme:ver:GetCurrentPackageId\n0024:err:sync:RtlpWaitForCriticalSection\n\n", 10_000_000_000)));
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(CellStatus.Timeout, cell.Status);
        Assert.Equal(expected, cell.Error);
    }

    [Fact]
    public async Task Resume_tries_again_a_launch_whose_last_attempt_timed_out_with_attempts_left()
    {
        var suite = TestData.Suite(workloads: "document-render");
        var directory = TestData.TempDirectory();
        var measured = 0;
        // The first measured attempt times out; the machine "dies" during the retry.
        var dying = new FakeLauncher((spec, call) => FakeLauncher.IsHello(spec) ? Healthy(spec, call)
            : ++measured == 1 ? ([], new ProcessOutcome(null, true, "", 10_000_000_000)) : throw new OperationCanceledException());
        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            new BenchmarkRun(dying, TestData.Layout(), _ => Available, _ => { }).StartAsync(suite, [TestData.Native()], directory, CancellationToken.None));

        var resumed = new FakeLauncher(Healthy);
        await new BenchmarkRun(resumed, TestData.Layout(), _ => Available, _ => { }).ResumeAsync(directory, CancellationToken.None);
        var cell = Assert.Single(ResultBuilder.Build(JournalFile.Read(directory)).Cells);

        Assert.Equal(1, resumed.Started.Count(s => !FakeLauncher.IsHello(s)));
        Assert.Equal(CellStatus.Ok, cell.Status);
        Assert.Equal(2, cell.Attempts);
    }
}
