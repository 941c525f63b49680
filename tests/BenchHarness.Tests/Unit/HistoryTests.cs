using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>history over runs of successive emulator builds: a trend plot per workload, and the step that was put there, named with its run and version.</summary>
public sealed class HistoryTests
{
    private static readonly string[] Workloads = ["document-render", "text-find-replace"];

    /// <summary>
    /// A run of qemu against native on two workloads, six launches of three samples each; qemu takes
    /// <paramref name="renderScale"/> times native's time on document-render and four times on text-find-replace, with
    /// a little noise from a fixed seed.
    /// </summary>
    private static RunResult Run(int day, string version, double renderScale, Random random)
    {
        IReadOnlyList<long> Samples(double scale) => Enumerable.Range(0, 18).Select(_ => (long)(1e7 * scale * (1 + (0.02 * (random.NextDouble() - 0.5))))).ToList();
        CellResult Cell(string platform, string workload, double scale) => new()
        {
            Platform = platform, Workload = workload, Status = CellStatus.Ok, Launches = 6, SamplesNs = Samples(scale), WarmLaunchSizes = [3, 3, 3, 3, 3, 3],
        };
        var qemuScale = new Dictionary<string, double> { ["document-render"] = renderScale, ["text-find-replace"] = 4 };
        return new RunResult
        {
            Suite = new SuiteInfo { Name = "regression", Size = InputSize.Small, Launches = 6, Iterations = 3, Weights = Workloads.ToDictionary(w => w, _ => 1.0) },
            Host = new HostInfo { Platform = "linux-x64", Machine = new MachineInfo { CpuModel = "Test CPU" } },
            Started = new DateTimeOffset(2026, 11, day, 2, 0, 0, TimeSpan.Zero),
            Platforms =
            [
                new PlatformResult { Name = "native", Target = "linux-x64-aot", Status = PlatformStatus.Available },
                new PlatformResult { Name = "qemu", Target = "linux-arm64-aot", Baseline = "native", Status = PlatformStatus.Available, Version = version },
            ],
            Cells = [.. Workloads.Select(w => Cell("native", w, 1)), .. Workloads.Select(w => Cell("qemu", w, qemuScale[w]))],
            Comparisons = Workloads.Select(w => new ComparisonResult { Platform = "qemu", Baseline = "native", Workload = w, Ratio = qemuScale[w], CiLower = qemuScale[w] * 0.98, CiUpper = qemuScale[w] * 1.02 }).ToList(),
            Index = [new IndexResult { Platform = "qemu", Baseline = "native", Value = 4, OfficeDay = new IndexFigure { Value = 4 }, WorkloadsCovered = 2, WorkloadsInSuite = 2, Coverage = 1 }],
        };
    }

    /// <summary>A run's result.json in its own folder <paramref name="name"/> under <paramref name="root"/>.</summary>
    private static string SaveIn(string root, RunResult run, string name)
    {
        var directory = Path.Combine(root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, ResultFile.FileName), ResultFile.Serialize(run));
        return directory;
    }

    [Fact]
    public void History_over_three_runs_plots_every_trend_and_names_the_step_that_was_put_there_only_there()
    {
        var random = new Random(9);
        var root = TestData.TempDirectory();
        string Save(RunResult run, string name) => SaveIn(root, run, name);

        // Builds in version order; their runs were made in another order (9.1 last), as when an old build is measured again.
        var runs = new[] { Run(26, "qemu 9.1", 4, random), Run(24, "qemu 9.2", 4, random), Run(25, "qemu 9.3-rc1", 6, random) }.Select((run, i) => Save(run, $"night-{i + 1}")).ToList();
        var aa = new[] { Save(Run(22, "qemu 9.1", 4, random), "aa-1"), Save(Run(23, "qemu 9.1", 4, random), "aa-2") };
        var output = Path.Combine(root, "history");

        // In the order given, not by start time: sorted by start time (9.2, 9.3-rc1, 9.1) there would be two steps, a slower one
        // at 9.3-rc1 and a faster one at 9.1.
        var (exit, stdout, stderr) = CliProcess.Run("history", runs[0], runs[1], runs[2], "--aa", aa[0], "--aa", aa[1], "--out", output);
        var (blindExit, blind, _) = CliProcess.Run("history", runs[0], runs[1], runs[2], "--out", Path.Combine(root, "blind"));

        Assert.True(exit == 0, stderr);
        // One step, at the boundary where document-render went from 4× to 6× (1.5×, ±1% noise); none on text-find-replace,
        // none at the boundary of two 4× runs; the score's trend has none.
        var step = Assert.Single(stdout.Split('\n'), l => l.StartsWith("step:", StringComparison.Ordinal));
        Assert.Matches(@"^step: qemu against native · document-render from night-3 \(qemu 9\.3-rc1\): 4\.00× → 6\.00×, slower 1\.(49|50|51)× \[", step);
        Assert.Equal(0, blindExit);
        Assert.DoesNotContain("step:", blind, StringComparison.Ordinal);
        Assert.Contains("No step can be judged", blind, StringComparison.Ordinal);
        foreach (var workload in Workloads.Append("index"))
        {
            Assert.True(File.Exists(Path.Combine(output, "plots", $"trend-qemu-vs-native-{workload}.png")), workload);
            Assert.True(File.Exists(Path.Combine(output, "plots", $"trend-qemu-vs-native-{workload}.svg")), workload);
        }

        var html = File.ReadAllText(Path.Combine(output, "history.html"));
        Assert.Contains("plots/trend-qemu-vs-native-text-find-replace.svg", html, StringComparison.Ordinal);
        Assert.Contains("<td>night-3</td><td>qemu 9.3-rc1</td>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">night-1</a>", StringComparison.Ordinal) < html.IndexOf(">night-2</a>", StringComparison.Ordinal), "the runs are listed in the order given");
        Assert.True(html.IndexOf(">night-2</a>", StringComparison.Ordinal) < html.IndexOf(">night-3</a>", StringComparison.Ordinal), "the runs are listed in the order given");
    }

    [Fact]
    public void History_follows_the_order_given_so_the_same_runs_reversed_step_the_other_way()
    {
        var random = new Random(9);
        var root = TestData.TempDirectory();
        string Save(RunResult run, string name) => SaveIn(root, run, name);

        var (slow, fast) = (Save(Run(24, "qemu 9.1", 6, random), "old"), Save(Run(25, "qemu 9.2", 4, random), "new"));
        var aa = new[] { Save(Run(22, "qemu 9.1", 4, random), "aa-1"), Save(Run(23, "qemu 9.1", 4, random), "aa-2") };

        var (exit, stdout, stderr) = CliProcess.Run("history", fast, slow, "--aa", aa[0], "--aa", aa[1], "--out", Path.Combine(root, "out"));

        Assert.True(exit == 0, stderr);
        // Given newest-started first: the step is at the second run given (old, 6×), slower, although it ran first.
        var step = Assert.Single(stdout.Split('\n'), l => l.StartsWith("step:", StringComparison.Ordinal));
        Assert.Matches(@"^step: qemu against native · document-render from old \(qemu 9\.1\): 4\.00× → 6\.00×, slower 1\.(49|50|51)× \[", step);
    }

    [Fact]
    public async Task Runs_of_another_suite_or_measure_or_probe_build_for_counts_or_a_run_given_twice_are_refused_naming_the_run()
    {
        var random = new Random(9);
        static string Save(RunResult run) => TestData.SavedRun(run);

        var (first, second) = (Save(Run(24, "qemu 9.1", 4, random)), Save(Run(25, "qemu 9.2", 4, random)));
        var other = Run(26, "qemu 9.3", 4, random);
        var otherSuite = Save(other with { Suite = other.Suite with { Name = "libreoffice" } });
        var counted = Save(other with { Suite = other.Suite with { Measure = MeasureKind.Instructions } });
        var copy = Save(ResultFile.Read(second));
        RunResult CountedWith(string probe, RunResult run) => run with
        {
            Suite = run.Suite with { Measure = MeasureKind.Instructions },
            Host = run.Host with { Machine = run.Host.Machine! with { ProbeBuilds = new Dictionary<string, string> { ["linux-arm64-aot"] = probe } } },
        };
        var (countedOld, countedNew) = (Save(CountedWith("7313597a1a43ff7a", Run(27, "qemu 9.1", 4, random))), Save(CountedWith("f3afb404154e57a5", Run(28, "qemu 9.2", 4, random))));
        var output = TestData.TempDirectory();

        foreach (var (args, subject, says) in new[]
        {
            (new[] { first, second, otherSuite }, otherSuite, "ran suite libreoffice (small inputs)"),
            ([first, second, counted], counted, "measured host instructions"),
            ([first, second, second], second, "a run given twice"),
            ([first, second, copy], copy, "a run given twice"),
            ([countedOld, countedNew], countedNew, "counted with different probe builds (probe build linux-arm64-aot: 7313597a1a43ff7a ≠ f3afb404154e57a5)"),
        })
        {
            var (exit, _, stderr) = CliProcess.Run([.. args.Prepend("history"), "--out", output]);
            var error = await CliProcess.BadInputAsync([.. args.Prepend("history"), "--out", output]);

            Assert.Equal(2, exit);
            Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(says, stderr, StringComparison.Ordinal);
            Assert.Equal((BadInputKind.NotLikeForLike, subject), (error.Kind, error.Subject));
        }
    }

    [Fact]
    public void History_of_one_run_is_bad_input()
    {
        var (exit, _, stderr) = CliProcess.Run("history", TestData.TempDirectory(), "--out", TestData.TempDirectory());

        Assert.Equal(2, exit);
        Assert.Contains("holds no result.json", stderr, StringComparison.Ordinal);
    }
}
