using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Protocol;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// Two runs at once on one Wine prefix share one Wine server, whichever run started it. A run that ends while the other's
/// launch runs on its server must leave the server to that launch: in CI a test's wine run ended and took its server with
/// it, and another test's launch of wine-qemu-x86_64 on that server hung until its timeout (after 0 samples). Real Wine and
/// the real Windows probe; runs alone, so that the server is the first run's for certain (asserted) and nothing else ends it.
/// </summary>
[Trait("Category", "Integration")]
[Collection(RunsAlone.Name)]
public sealed class WineSessionTests
{
    [Fact]
    public async Task A_run_that_ends_leaves_the_wine_server_to_another_runs_launch_and_the_last_run_ends_it()
    {
        var layout = ProjectLayout.Discover();
        var wine = PlatformLoader.Select(["wine"], layout)[0];
        var availability = new PlatformChecker(layout).Check(wine);
        Assert.True(availability.Available, $"wine: {availability.Reason} (run ./scripts/setup.sh and ./scripts/build-probes.sh)");
        var suite = TestData.Suite(workloads: "text-find-replace") with { Iterations = 1_000_000, Warmup = 0, MaxSecondsPerLaunch = 8, TimeoutSeconds = 90 };
        var place = ProbePlace.Of(layout);
        await WineServersGone();

        var (sweepA, sweepB) = (new ProcessSweep(), new ProcessSweep());
        var first = new SystemProcessLauncher(sweepA);
        using var second = new SystemProcessLauncher(sweepB);
        try
        {
            // The first run starts the server (a probe's hello); it stays for the session after the launch.
            var hello = await first.RunAsync(LaunchCommand.Hello(wine, suite, place), (_, _) => false, CancellationToken.None);
            Assert.True(hello.ExitCode == 0, $"hello under wine: exit {hello.ExitCode}, {hello.StandardErrorTail}");

            // The second run's launch uses that server; the first run ends meanwhile.
            var sampled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var lines = new List<string>();
            var launch = second.RunAsync(LaunchCommand.Run(wine, suite, "text-find-replace", layout), (line, _) =>
            {
                lock (lines)
                {
                    lines.Add(line);
                }

                if (line.StartsWith(ProbeMessage.Prefix(ProbeProtocol.Message.Sample), StringComparison.Ordinal))
                {
                    sampled.TrySetResult();
                }

                return false;
            }, CancellationToken.None);
            Assert.True(await Task.WhenAny(sampled.Task, launch) == sampled.Task, "the second run's launch ended before its first sample");
            Assert.Contains(sweepA.Find(), p => p.SessionHelper && p.Name.StartsWith("wineserver", StringComparison.Ordinal));
            first.Dispose();

            var outcome = await launch;
            Assert.False(outcome.TimedOut, "the launch hung once the first run ended");
            Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}: {outcome.StandardErrorTail}");
            Assert.Contains(lines, l => l.StartsWith(ProbeMessage.Prefix(ProbeProtocol.Message.Done), StringComparison.Ordinal));
        }
        finally
        {
            first.Dispose();
        }

        // The last run out ends the session, whichever run started it.
        second.Dispose();
        Assert.Empty(sweepA.Find());
        Assert.Empty(sweepB.Find());
    }

    /// <summary>Waits for the server an earlier test or setup left to end by itself (Wine ends it seconds after its last client).</summary>
    private static async Task WineServersGone()
    {
        for (var waited = 0; waited < 30 && Directory.EnumerateDirectories("/proc").Any(IsWineServer); waited++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.False(Directory.EnumerateDirectories("/proc").Any(IsWineServer), "a Wine server is still running from before the test");
    }

    private static bool IsWineServer(string directory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, "comm")).StartsWith("wineserver", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
