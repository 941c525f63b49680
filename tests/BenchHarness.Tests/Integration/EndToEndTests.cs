using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The README's promise: `benchharness run --suite quick` on every shipped platform, through the real CLI,
/// real emulators and real probes, writes the contract's files with ok cells everywhere but where QEMU 7.2
/// crashes the JIT runtime (qemu-x86_64-jit: ok or crashed, with its attempts). The platforms and workloads
/// expected are read from the shipped files, so that adding one does not break the test.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EndToEndTests
{
    /// <summary>The JIT runtime under QEMU 7.2's qemu-x86_64: ok or crashed, with its attempts recorded.</summary>
    private static readonly string[] OkOrCrashed = ["qemu-x86_64-jit"];

    private static readonly ProjectLayout Layout = ProjectLayout.Discover();

    /// <summary>What <c>--platform all</c> runs: every shipped platform but templates and opt-in ones.</summary>
    private static List<string> ShippedPlatforms() =>
        PlatformLoader.Shipped(Layout, includeTemplates: false).Where(p => !p.OptIn).Select(p => p.Name).ToList();

    private static Suite QuickSuite() => SuiteLoader.Load("quick", Layout, WorkloadCatalog.All.Select(w => w.Name).ToList());

    private static readonly string[] RunFiles = ["journal.jsonl", "result.json", "report.md", "report.html", "results.csv"];

    /// <summary>
    /// One workload of each kind (document, spreadsheet, files, text, picture, start-up) on every platform: what
    /// <c>./scripts/test.sh</c> runs (about 5 minutes here; the whole quick suite takes about 15).
    /// </summary>
    private static readonly string[] OneOfEachKind =
        ["document-render", "spreadsheet-edit-save", "files-mail-folder", "text-gb18030", "picture-insert", "app-start"];

    [Fact]
    public void A_quick_run_of_one_workload_of_each_kind_on_every_platform_writes_the_contract() =>
        QuickRunOnEveryPlatformWritesTheContract(OneOfEachKind);

    /// <summary>The whole quick suite on every platform: run by <c>.ci/run</c> after the README's test command.</summary>
    [Fact]
    [Trait("Category", "Long")]
    public void A_quick_run_on_every_platform_writes_the_contract() =>
        QuickRunOnEveryPlatformWritesTheContract(null);

    private static void QuickRunOnEveryPlatformWritesTheContract(string[]? workloads)
    {
        var directory = Path.Combine(TestData.TempDirectory(), "run");
        string[] arguments = ["run", "--suite", "quick", "--out", directory];
        if (workloads is not null)
        {
            arguments = [.. arguments, "--workload", string.Join(',', workloads)];
        }

        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(workloads is null ? 45 : 25), arguments);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        foreach (var file in RunFiles
            .Concat(Core.Reports.ReportPlots.All.SelectMany(p => new[] { $"plots/{p.Stem}.png", $"plots/{p.Stem}.svg" })))
        {
            Assert.True(File.Exists(Path.Combine(directory, file)), $"{file} is missing");
        }

        using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "result.json")));
        var root = result.RootElement;
        Assert.Equal(5, root.GetProperty("schemaVersion").GetInt32());
        Assert.True(root.GetProperty("host").GetProperty("machine").GetProperty("cpuFlags").GetArrayLength() > 0);
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        var platforms = ShippedPlatforms();
        var mustBeOk = platforms.Except(OkOrCrashed).ToList();
        Assert.Equal(platforms.Count * (workloads?.Length ?? QuickSuite().Workloads.Count), cells.Count);
        foreach (var cell in cells)
        {
            var platform = cell.GetProperty("platform").GetString()!;
            var status = cell.GetProperty("status").GetString();
            var what = $"{platform} · {cell.GetProperty("workload").GetString()}: {status} {(cell.TryGetProperty("error", out var e) ? e.GetString() : "")}";
            if (mustBeOk.Contains(platform))
            {
                Assert.True(status == "ok", what);
                Assert.NotEmpty(cell.GetProperty("samplesNs").EnumerateArray());
                Assert.NotEmpty(cell.GetProperty("coldNs").EnumerateArray());
                var warm = cell.GetProperty("warm");
                Assert.True(warm.GetProperty("count").GetInt32() >= 3, what);
                Assert.True(warm.GetProperty("modes").GetInt32() >= 1, what);
                Assert.True(cell.TryGetProperty("cold", out _), what);
                Assert.True(cell.GetProperty("attempts").GetInt32() >= 1);
            }
            else
            {
                Assert.Contains(platform, OkOrCrashed);
                Assert.True(status is "ok" or "crashed", what);
                // A crashed cell used every attempt of at least one launch (maxAttempts 3); app-start has 4 launches.
                Assert.InRange(cell.GetProperty("attempts").GetInt32(), status == "crashed" ? 3 : 1, 4 * 3);
            }
        }

        Assert.Equal(platforms.Order(), cells.Select(c => c.GetProperty("platform").GetString()!).Distinct().Order());
        var index = root.GetProperty("index").EnumerateArray().ToList();
        Assert.Contains(index, i => i.GetProperty("platform").GetString() == "qemu-aarch64");
        var baselineOf = root.GetProperty("platforms").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("baseline", out var b) ? b.GetString() : null);
        Assert.Contains(index, i => i.GetProperty("platform").GetString() == "wine-qemu-x86_64" && i.GetProperty("baseline").GetString() == "wine");
        foreach (var entry in index)
        {
            var value = entry.GetProperty("value").GetDouble();
            Assert.InRange(value, entry.GetProperty("ciLower").GetDouble(), entry.GetProperty("ciUpper").GetDouble());
            // Years are read against the platform's baseline only, not against a platform it is also compared with (wine).
            if (entry.GetProperty("baseline").GetString() == baselineOf[entry.GetProperty("platform").GetString()!])
            {
                Assert.True(entry.GetProperty("yearsLost").GetDouble() > 0);
            }
            else
            {
                Assert.False(entry.TryGetProperty("yearsLost", out _));
            }

            Assert.True(entry.GetProperty("coldValue").GetDouble() > 0);
        }

        Assert.All(root.GetProperty("comparisons").EnumerateArray(), c =>
        {
            Assert.True(c.GetProperty("ratio").GetDouble() > 0);
            Assert.InRange(c.GetProperty("pValue").GetDouble(), 0, 1);
            Assert.Contains(c.GetProperty("verdict").GetString(), Enum.GetValues<Verdict>().Select(Words.Of));
        });
    }

    /// <summary>
    /// <c>run --gate-only</c> with the real qemu-aarch64: the candidate and its reference run, native-aot (their baseline)
    /// does not, and <c>compare RUN_DIR</c> gates the run as any other.
    /// </summary>
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
