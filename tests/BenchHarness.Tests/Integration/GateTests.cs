using System.Text.Json;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The regression gate end to end with the real qemu-aarch64, as an emulator developer runs it: the regression suite
/// (eight launches) on two quick workloads, the candidate made with <c>run --candidate</c>, then <c>compare RUN_DIR</c>.
/// An identical build passes; a build that is really slower (the same QEMU with translation-block chaining switched
/// off, <c>-d nochain</c>, about twice as slow here) fails and is named. Both run alone: they measure the machine.
/// </summary>
[Trait("Category", "Integration")]
[Collection(RunsAlone.Name)]
public sealed class GateTests
{
    private const string Workloads = "text-find-replace,text-wordcount-sort";

    private static (int Exit, string Stdout, JsonDocument Json) Gate(string emulator, int launches = 8)
    {
        var output = Path.Combine(TestData.TempDirectory(), "run");
        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(15), "run", "--suite", "regression", "--workload", Workloads,
            "--candidate", $"qemu-aarch64={emulator}", "--launches", launches.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output);
        Assert.True(exit == 0, $"run: exit {exit}\n{stdout}\n{stderr}");
        var (compareExit, compareOut, compareErr) = CliProcess.Run("compare", output);
        Assert.True(compareExit is 0 or 1 or 3, $"compare: exit {compareExit}\n{compareOut}\n{compareErr}");
        Assert.True(File.Exists(Path.Combine(output, "compare.md")));
        return (compareExit, compareOut, JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "compare.json"))));
    }

    /// <summary>
    /// The same emulator as candidate never fails the gate, at few launches or the suite's eight: it passes (0) or, where the
    /// launches are too noisy to decide a row, is undecided (3) — never a regression (1). Three launches are too few for a
    /// timed decision at all (the rounds' sign-flip test needs five): at three, CI of 2026-12-03 saw the t bound alone call this
    /// identical build 39% slower, the machine slow in all three candidate launches and fast in the references.
    /// </summary>
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void A_candidate_identical_to_its_reference_never_regresses(int launches)
    {
        var qemu = Core.Platforms.HostPlatform.FindProgram("qemu-aarch64");
        Assert.True(qemu is not null, "qemu-aarch64 not found (run ./scripts/setup.sh)");

        var (exit, stdout, json) = Gate(qemu, launches);

        Assert.True(exit is 0 or 3, stdout);
        Assert.Equal(exit, json.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal(exit == 3, json.RootElement.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("outcome").GetString() == "undecided"));
        Assert.Equal(exit == 0 ? "pass" : "undecided", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.All(json.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal(launches, r.GetProperty("launches").GetInt32()));
        if (launches < Core.Compare.GateRule.Paired(Core.Model.MeasureKind.Time).MinimumRounds)
        {
            Assert.Equal(3, exit);
            Assert.All(json.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.StartsWith($"{launches} fresh processes per side: a decision needs 5", r.GetProperty("reason").GetString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_really_slower_candidate_fails_and_its_workloads_are_named()
    {
        var wrapper = Path.Combine(TestData.TempDirectory(), "qemu-aarch64-nochain");
        File.WriteAllText(wrapper, "#!/bin/sh\nexec qemu-aarch64 -d nochain \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (exit, stdout, json) = Gate(wrapper);

        Assert.True(exit == 1, stdout);
        Assert.Contains("REGRESSION: 2 of 2 rows (qemu-aarch64-candidate · text-find-replace, qemu-aarch64-candidate · text-wordcount-sort)", stdout, StringComparison.Ordinal);
        Assert.All(json.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal("slower", r.GetProperty("verdict").GetString()));
    }

    /// <summary>
    /// Two runs of the same build made one after the other compare like for like (same machine, harness and probe
    /// builds, recorded by each run), the run as the unit; without A/A runs of the machine no timed row can be decided, so
    /// the gate is undecided (3); a run of another suite is refused with one line.
    /// </summary>
    [Fact]
    public void Two_real_runs_of_one_build_compare_like_for_like_and_unlike_runs_are_refused()
    {
        string Run(string suite)
        {
            var output = Path.Combine(TestData.TempDirectory(), "run");
            var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(15), "run", "--suite", suite, "--workload", "text-find-replace", "--platform", "qemu-aarch64", "--out", output);
            Assert.True(exit == 0, $"run: exit {exit}\n{stdout}\n{stderr}");
            return output;
        }

        var (first, second, quick) = (Run("regression"), Run("regression"), Run("quick"));

        var (exit, stdout, stderr) = CliProcess.Run("compare", first, second);
        var (unlikeExit, _, unlike) = CliProcess.Run("compare", first, quick);

        Assert.True(exit == 3, $"exit {exit}\n{stdout}\n{stderr}");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(second, "compare.json")));
        Assert.Equal("runs", json.RootElement.GetProperty("mode").GetString());
        Assert.Empty(json.RootElement.GetProperty("forced").EnumerateArray());
        // Native's own time is not gated across runs; qemu-aarch64's ratio to it is, and without A/A runs it is undecided.
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(("qemu-aarch64", "native-aot", "undecided"), (row.GetProperty("platform").GetString(), row.GetProperty("reference").GetString(), row.GetProperty("outcome").GetString()));
        Assert.Contains("needs two or more A/A runs", row.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, unlikeExit);
        Assert.Contains("not like for like — suite: regression ≠ quick", unlike, StringComparison.Ordinal);
    }

    /// <summary>
    /// Across runs with A/A runs of the machine: a run of the same build is never a regression (pass or undecided), and a run in
    /// which qemu-aarch64 is really slower (the same QEMU, found first on PATH, with <c>-d nochain</c>: about twice as slow) is
    /// one, judged on its ratio to the native baseline of its own run.
    /// </summary>
    [Fact]
    [Trait("Category", "Long")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Across_runs_with_AA_runs_the_same_build_never_regresses_and_a_slower_one_does()
    {
        var bin = TestData.TempDirectory();
        var qemu = Core.Platforms.HostPlatform.FindProgram("qemu-aarch64");
        Assert.True(qemu is not null, "qemu-aarch64 not found (run ./scripts/setup.sh)");
        File.WriteAllText(Path.Combine(bin, "qemu-aarch64"), $"#!/bin/sh\n[ \"$1\" = --version ] && exec {qemu} --version\nexec {qemu} -d nochain \"$@\"\n");
        File.SetUnixFileMode(Path.Combine(bin, "qemu-aarch64"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string Run(IReadOnlyDictionary<string, string> environment)
        {
            var output = Path.Combine(TestData.TempDirectory(), "run");
            var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(15), environment, "run", "--suite", "regression", "--workload", "text-find-replace", "--platform", "qemu-aarch64", "--out", output);
            Assert.True(exit == 0, $"run: exit {exit}\n{stdout}\n{stderr}");
            return output;
        }

        var plain = new Dictionary<string, string>();
        var (first, second, aa1, aa2) = (Run(plain), Run(plain), Run(plain), Run(plain));
        var slower = Run(new Dictionary<string, string> { ["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}" });

        var (same, sameOut, sameErr) = CliProcess.Run("compare", first, second, "--aa", aa1, "--aa", aa2, "--out", TestData.TempDirectory());
        var (slow, slowOut, slowErr) = CliProcess.Run("compare", first, slower, "--aa", aa1, "--aa", aa2, "--aa", second, "--out", TestData.TempDirectory());

        Assert.True(same is 0 or 3, $"exit {same}\n{sameOut}\n{sameErr}");
        Assert.True(slow == 1, $"exit {slow}\n{slowOut}\n{slowErr}");
        Assert.Contains("REGRESSION: 1 of 1 row (qemu-aarch64 · text-find-replace)", slowOut, StringComparison.Ordinal);
    }
}
