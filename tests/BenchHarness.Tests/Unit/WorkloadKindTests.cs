using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The workload-kind seam: a kind the runner has never seen, written as one class (<see cref="TimedPageKind"/>).</summary>
public sealed class WorkloadKindTests
{
    [Fact]
    public async Task A_new_kind_of_workload_is_one_class_the_run_asks_for_availability_and_attempts()
    {
        var page = new TimedPageKind(50_000_000, 20_000_000, 21_000_000, 19_000_000);
        var directory = TestData.TempDirectory();
        var launcher = new FakeLauncher(RunnerTests.Healthy);
        var suite = TestData.Suite(launches: 2, workloads: ["page-open", "document-render"]);
        await new BenchmarkRun(launcher, TestData.Layout(), _ => RunnerTests.Available, _ => { }, kinds: [page, .. WorkloadKinds.All])
            .StartAsync(suite, [TestData.Native(), TestData.Emulated()], directory, CancellationToken.None);
        var journal = JournalFile.Read(directory);
        var result = ResultBuilder.Build(journal);

        // The page kind ran each of its launches once, on the platform it can run on, beside the probe's workload; a
        // platform it cannot run on is unavailable for the suite, with its reason, as one without a command's program is.
        Assert.Equal(["native-aot page-open 0.1", "native-aot page-open 1.1"], page.Attempts);
        var cell = result.Cells.Single(c => c.Workload == "page-open" && c.Platform == "native-aot");
        Assert.Equal(CellStatus.Ok, cell.Status);
        Assert.Equal([19_000_000, 19_000_000, 20_000_000, 20_000_000, 21_000_000, 21_000_000], cell.SamplesNs.Order());
        Assert.Equal(CellStatus.Ok, result.Cells.Single(c => c.Workload == "document-render" && c.Platform == "native-aot").Status);
        Assert.All(result.Cells.Where(c => c.Platform == "qemu-aarch64"), c => Assert.Equal((CellStatus.Unavailable, "no browser for this platform"), (c.Status, c.Error)));
        // Its launch records carry what every launch record has, written by the runner.
        var launch = journal.Launches.First(l => l.Workload == "page-open");
        Assert.Equal(("native-aot", 0, 1, "a browser"), (launch.Platform, launch.Round, launch.Attempt, launch.Runtime));
        Assert.NotNull(launch.Time);
        Assert.DoesNotContain(launcher.Started, s => s.Argv.Contains("page-open"));
    }
}
