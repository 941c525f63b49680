using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// Issue 13: the real CLI runs the real native probe behind launchers that crash, hang, fork, lie and flood
/// (<see cref="FaultLaunchers"/>). Every fault ends as a recorded cell status with its attempts, the rest of the run
/// goes on, and no process of the run remains once it has ended.
/// </summary>
[Trait("Category", "Integration")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FaultInjectionTests
{
    /// <summary>Small inputs, three warm samples a launch, one launch a cell, a 10 s limit (the hang's).</summary>
    internal const string Suite = """
        {"name":"faults","size":"small","launches":1,"warmup":0,"iterations":3,"maxSecondsPerLaunch":0.5,"timeoutSeconds":10,"maxAttempts":3,
         "targetRelativeHalfWidth":0.02,"workloads":[{"name":"text-wordcount-sort","weight":1}]}
        """;

    [Fact]
    public void Every_fault_is_a_recorded_status_the_run_goes_on_and_nothing_is_left_running()
    {
        var directory = TestData.TempDirectory();
        var faults = new FaultLaunchers(directory);
        var platforms = faults.Write();
        var suite = Path.Combine(directory, "faults-suite.json");
        File.WriteAllText(suite, Suite);
        var output = Path.Combine(directory, "run");
        Assert.Empty(faults.Running());

        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(5),
            ["run", "--suite", suite, .. platforms.SelectMany(p => new[] { "--platform", p }), "--out", output]);

        Assert.True(exit == 0, $"exit {exit}\n{stderr}\n{stdout}");
        var cells = ResultFile.Read(output).Cells.ToDictionary(c => c.Platform);
        Assert.Equal(CellStatus.Ok, cells["native-aot"].Status);
        foreach (var (name, _, status, attempts) in FaultLaunchers.All)
        {
            var cell = cells[$"fault-{name}"];
            Assert.True(Words.Of(cell.Status) == status && cell.Attempts == attempts,
                $"{name}: {Words.Of(cell.Status)} after {cell.Attempts} attempts ({cell.Error}); expected {status} after {attempts}");
        }

        // What went wrong is said, not just counted.
        Assert.Contains("not the probe's protocol", cells["fault-garbage"].Error);
        Assert.Contains("expected X64", cells["fault-other-arch"].Error);
        Assert.Equal(3, cells["fault-flood"].SamplesNs.Count);
        var orphaned = JournalFile.Read(output).Launches.Single(l => l.Platform == "fault-orphan");
        Assert.Equal(["sleep"], orphaned.LeftBehind);

        // Independently of the harness's own sweep: no process a script started, none carrying the run's mark.
        Assert.Empty(faults.Running());
        Assert.Empty(new ProcessSweep(ProcessSweep.TokenFor(output)).Find());
    }
}
