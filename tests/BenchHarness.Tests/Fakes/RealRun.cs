using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;

namespace BenchHarness.Tests.Fakes;

/// <summary>Runs with the real emulators and probes (installed by ./scripts/setup.sh, built by ./scripts/build-probes.sh), as the integration tests make them.</summary>
internal static class RealRun
{
    /// <summary>Fails, saying what to run, when a platform is not available on this machine.</summary>
    public static void AssertAvailable(PlatformChecker checker, IEnumerable<PlatformDefinition> platforms) =>
        Assert.All(platforms, p => Assert.True(checker.Check(p).Available, $"{p.Name}: {checker.Check(p).Reason} (run ./scripts/setup.sh and ./scripts/build-probes.sh)"));

    /// <summary>Runs the suite on the platforms into a new folder with real processes; returns the folder and the run's progress lines.</summary>
    public static async Task<(string Directory, List<string> Progress)> MeasureAsync(ProjectLayout layout, PlatformChecker checker, Suite suite, IReadOnlyList<PlatformDefinition> platforms)
    {
        var directory = TestData.TempDirectory();
        var progress = new List<string>();
        using (var launcher = new SystemProcessLauncher(new ProcessSweep()))
        {
            await new BenchmarkRun(launcher, layout, p => checker.Check(p), progress.Add).StartAsync(suite, platforms, directory, CancellationToken.None);
        }

        return (directory, progress);
    }
}
