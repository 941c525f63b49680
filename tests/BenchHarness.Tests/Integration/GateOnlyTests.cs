using System.Text.Json;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// <c>run --gate-only</c> with the real qemu-aarch64: the candidate and its reference run, native-aot (their baseline)
/// does not, and <c>compare RUN_DIR</c> gates the run as any other.
/// </summary>
[Trait("Category", "Integration")]
[Collection(RunsAlone.Name)]
public sealed class GateOnlyTests
{
    [Fact]
    public void A_gate_only_run_measures_the_candidate_and_its_reference_and_no_baseline()
    {
        var qemu = Core.Platforms.HostPlatform.FindProgram("qemu-aarch64");
        Assert.True(qemu is not null, "qemu-aarch64 not found (run ./scripts/setup.sh)");
        var output = Path.Combine(TestData.TempDirectory(), "run");

        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(10), "run", "--suite", "quick", "--workload", "text-find-replace", "--launches", "3",
            "--candidate", $"qemu-aarch64={qemu}", "--gate-only", "--out", output);

        Assert.True(exit == 0, $"run: exit {exit}\n{stdout}\n{stderr}");
        using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "result.json")));
        Assert.True(result.RootElement.GetProperty("gateOnly").GetBoolean());
        Assert.Equal(["qemu-aarch64", "qemu-aarch64-candidate"],
            result.RootElement.GetProperty("platforms").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([("qemu-aarch64-candidate", "qemu-aarch64")],
            result.RootElement.GetProperty("comparisons").EnumerateArray().Select(c => (c.GetProperty("platform").GetString(), c.GetProperty("baseline").GetString())));
        Assert.DoesNotContain("\"platform\":\"native-aot\"", File.ReadAllText(Path.Combine(output, "journal.jsonl")), StringComparison.Ordinal);

        var (compareExit, compareOut, compareErr) = CliProcess.Run("compare", output);
        Assert.True(compareExit is 0 or 1 or 3, $"compare: exit {compareExit}\n{compareOut}\n{compareErr}");
    }
}
