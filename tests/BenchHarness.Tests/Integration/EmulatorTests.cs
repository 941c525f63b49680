using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The real probe under real emulators (installed by ./scripts/setup.sh, built by ./scripts/build-probes.sh):
/// the probe must report the architecture and OS that really executed, and compute what the native probe computes.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EmulatorTests
{
    [Theory]
    [InlineData("qemu-aarch64", "Arm64", "Linux")]
    [InlineData("wine", "X64", "Windows")]
    [InlineData("qemu-x86_64", "X64", "Linux")]
    [InlineData("valgrind", "X64", "Linux")]
    public async Task A_workload_runs_for_real_under_the_emulator(string platformName, string arch, string os)
    {
        var layout = ProjectLayout.Discover();
        var platforms = PlatformLoader.Select([platformName], layout);
        var checker = new PlatformChecker(layout);
        var availability = checker.Check(platforms[0]);
        Assert.True(availability.Available, $"{platformName}: {availability.Reason} (run ./scripts/setup.sh and ./scripts/build-probes.sh)");
        var suite = TestData.Suite(workloads: "spreadsheet-recalc") with { Iterations = 3, Warmup = 0, TimeoutSeconds = 300 };
        var directory = TestData.TempDirectory();
        var progress = new List<string>();

        var sweep = new ProcessSweep();
        using (var launcher = new SystemProcessLauncher(sweep))
        {
            await new BenchmarkRun(launcher, layout, p => checker.Check(p), progress.Add).StartAsync(suite, platforms, directory, CancellationToken.None);
        }

        // Nothing of the run is left once its launcher is disposed but Wine's server and its system processes, which stay
        // while another test's launch may be using them (WineSessionTests: the last run out ends them).
        Assert.DoesNotContain(sweep.Find(), p => !p.SessionHelper);
        var result = ResultBuilder.Build(JournalFile.Read(directory));
        var emulated = result.Cells.Single(c => c.Platform == platformName);
        var native = result.Cells.Single(c => c.Platform != platformName);

        Assert.True(emulated.Status == CellStatus.Ok, $"{emulated.Status}: {emulated.Error}\n{string.Join('\n', progress)}");
        Assert.Equal(arch, emulated.Arch);
        Assert.Equal(os, emulated.Os);
        Assert.Equal(native.Checksum, emulated.Checksum);
        Assert.Equal(3, emulated.SamplesNs.Count);
        var comparison = Assert.Single(result.Comparisons);
        Assert.True(comparison.Ratio > 0);
        Assert.NotNull(result.Platforms.Single(p => p.Name == platformName).Version);
    }
}
