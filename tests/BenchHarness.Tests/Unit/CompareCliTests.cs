using System.Text.Json;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>compare as a CI job meets it: the exit code, compare.md and compare.json, and refusing runs that are not like for like.</summary>
public sealed class CompareCliTests
{
    private static readonly int[] Samples = [100, 101, 99, 100, 102, 98, 100, 101, 99, 101, 100, 99, 100, 102, 98, 101, 99, 100];
    private static readonly MachineInfo Machine = new() { CpuModel = "Test CPU", Cores = 2, Harness = "abc", ProbeBuilds = new Dictionary<string, string> { ["linux-arm64-aot"] = "00ff" } };

    /// <summary>A run of one workload: the reference ok over six launches (a timed decision needs five), the candidate as given.</summary>
    /// <param name="launches">Fresh processes per side, three samples each (at most six).</param>
    private static RunResult Run(string suite, CellStatus candidate, double candidateScale = 1.0, int launches = 6)
    {
        CellResult Cell(string platform, CellStatus status, double scale) => new()
        {
            Platform = platform, Workload = "document-render", Status = status, Launches = status == CellStatus.Ok ? launches : 0,
            SamplesNs = status == CellStatus.Ok ? [.. Samples.Take(3 * launches).Select(v => (long)(v * 1e6 * scale))] : [],
            WarmLaunchSizes = status == CellStatus.Ok ? [.. Enumerable.Repeat(3, launches)] : [],
        };
        return new RunResult
        {
            Suite = new SuiteInfo { Name = suite, Size = InputSize.Small, Seed = 42, Launches = 6, Iterations = 3, Weights = new Dictionary<string, double> { ["document-render"] = 1 } },
            Host = new HostInfo { Platform = "linux-x64", Machine = Machine },
            Platforms =
            [
                new PlatformResult { Name = "qemu", Target = "linux-arm64-aot", Status = PlatformStatus.Available },
                new PlatformResult { Name = "qemu-candidate", Target = "linux-arm64-aot", Reference = "qemu", Status = PlatformStatus.Available },
            ],
            Cells = [Cell("qemu", CellStatus.Ok, 1.0), Cell("qemu-candidate", candidate, candidateScale)],
            Comparisons = [],
            Index = [],
        };
    }

    private static string Save(RunResult result) => TestData.SavedRun(result);

    [Fact]
    public void A_new_crash_exits_1_and_names_the_workload_in_compare_md_and_compare_json()
    {
        var run = Save(Run("regression", CellStatus.Crashed));

        var (exit, stdout, stderr) = CliProcess.Run("compare", run);

        Assert.True(exit == 1, stderr);
        Assert.Contains("REGRESSION: 1 of 1 row (qemu-candidate · document-render)", stdout, StringComparison.Ordinal);
        Assert.Contains("| qemu-candidate | qemu | document-render | – | – | – | 0 | **broken** |", File.ReadAllText(Path.Combine(run, "compare.md")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run, "compare.json")));
        Assert.Equal("broken", json.RootElement.GetProperty("rows")[0].GetProperty("verdict").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void A_candidate_the_gate_cannot_judge_exits_3_never_0()
    {
        // Two fresh processes per side: a timed decision needs five (GateRule.Paired), so the row is undecided.
        var run = Save(Run("regression", CellStatus.Ok, launches: 2));

        var (exit, stdout, stderr) = CliProcess.Run("compare", run);

        Assert.True(exit == 3, stdout + stderr);
        Assert.Contains("UNDECIDED: no regression shown, but 1 of 1 row could not be decided (threshold 5.0%; see why); 1 undecided", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run, "compare.json")));
        Assert.Equal(3, json.RootElement.GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void An_identical_candidate_exits_0()
    {
        var run = Save(Run("regression", CellStatus.Ok));

        var (exit, stdout, stderr) = CliProcess.Run("compare", run, "--threshold", "5%");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("PASS: every one of 1 row shown not slower than the threshold (5.0%); 1 within", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runs_of_different_suites_are_refused_unless_forced()
    {
        var (base_, candidate) = (Save(Run("regression", CellStatus.Ok)), Save(Run("default", CellStatus.Ok) with { Host = new HostInfo { Platform = "linux-x64", Machine = Machine with { CpuModel = "Other CPU" } } }));

        var (exit, _, stderr) = CliProcess.Run("compare", base_, candidate);
        var error = await CliProcess.BadInputAsync("compare", base_, candidate);
        var (forcedExit, forced, _) = CliProcess.Run("compare", base_, candidate, "--force");

        Assert.Equal(2, exit);
        Assert.Equal((BadInputKind.NotLikeForLike, candidate), (error.Kind, error.Subject));
        // What differs is the point of the line, and the flag that compares anyway.
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not like for like — suite: regression ≠ default; CPU model: Test CPU ≠ Other CPU (compare anyway with --force)", line, StringComparison.Ordinal);
        // Forced, the runs are compared: their identical canned launches vary by nothing, so no interval and no decision (3).
        Assert.Equal(3, forcedExit);
        Assert.Contains("not like for like, compared anyway (forced): suite: regression ≠ default", File.ReadAllText(Path.Combine(candidate, "compare.md")), StringComparison.Ordinal);
        Assert.StartsWith("UNDECIDED", forced.Split('\n').Single(l => l.Contains("UNDECIDED", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_whose_remote_host_has_another_CPU_are_not_like_for_like()
    {
        MachineEntry Laptop(string cpu) => new() { Name = "arm-laptop", Remote = true, Runtime = "linux-arm64", Machine = new MachineInfo { CpuModel = cpu } };
        var base_ = Save(Run("regression", CellStatus.Ok) with { Machines = [Laptop("Cortex-X1")] });
        var candidate = Save(Run("regression", CellStatus.Ok) with { Machines = [Laptop("Cortex-A78")] });

        var (exit, _, stderr) = CliProcess.Run("compare", base_, candidate);

        Assert.Equal(2, exit);
        Assert.Contains("CPU model of host arm-laptop: Cortex-X1 ≠ Cortex-A78", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_change_A_A_runs_for_one_run_and_an_unlike_A_A_run_are_bad_input_with_one_line()
    {
        var (run, other) = (Save(Run("regression", CellStatus.Ok)), Save(Run("regression", CellStatus.Ok)));
        var unlike = Save(Run("regression", CellStatus.Ok) with { Host = new HostInfo { Platform = "linux-x64", Machine = Machine with { CpuModel = "Other CPU" } } });

        foreach (var (args, says) in new[]
        {
            (new[] { "compare", run, "--change", "3%" }, "--change 3% must be above the threshold (5.0%)"),
            (["compare", run, "--aa", other], "--aa is for two runs"),
            (["compare", run, other, "--aa", unlike, "--aa", other], $"the A/A run {unlike} is not like for like with {run} — CPU model: Test CPU ≠ Other CPU"),
        })
        {
            var (exit, _, stderr) = CliProcess.Run(args);

            Assert.Equal(2, exit);
            Assert.Contains(says, Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        }
    }
}
