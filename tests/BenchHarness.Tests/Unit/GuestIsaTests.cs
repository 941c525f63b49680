using System.Net;
using System.Text;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// The guest's view in the disclosure: the instruction-set extensions the probe's runtime saw (its hello's <c>isa</c>),
/// recorded per platform from its launches and shown in the Platforms table beside the host's CPU flags.
/// </summary>
public sealed class GuestIsaTests
{
    private static readonly string[] X64 = ["sse4.1", "sse4.2", "popcnt", "avx", "avx2", "vector128", "vector256"];
    private static readonly string[] Arm64 = ["aes", "advsimd", "crc32", "vector128"];

    private static async Task<RunResult> RunAsync(Func<ProcessSpec, int, (IReadOnlyList<string>, ProcessOutcome)> script, int launches = 1)
    {
        var directory = TestData.TempDirectory();
        var run = new BenchmarkRun(new FakeLauncher(script), TestData.Layout(), _ => RunnerTests.Available, _ => { });
        await run.StartAsync(TestData.Suite(launches, workloads: "document-render"), [TestData.Native(), TestData.Emulated()], directory, CancellationToken.None);
        // Through result.json and back, as the reports read it.
        File.WriteAllBytes(Path.Combine(directory, ResultFile.FileName), ResultFile.Serialize(ResultBuilder.Build(JournalFile.Read(directory))));
        return ResultFile.Read(directory);
    }

    private static string Report(IExporter exporter, RunResult result, string file) =>
        Encoding.UTF8.GetString(exporter.Export(result).Single(f => f.RelativePath == file).Content);

    /// <summary>The Platforms table's row of a platform, in report.md.</summary>
    private static string Row(string md, string platform) =>
        md.Split('\n').SkipWhile(l => !l.StartsWith("| platform | target |", StringComparison.Ordinal)).Single(l => l.StartsWith($"| {platform} |", StringComparison.Ordinal));

    [Fact]
    public async Task A_hello_that_names_what_the_guest_sees_is_recorded_per_platform_and_shown()
    {
        var result = await RunAsync((spec, call) =>
        {
            var (lines, outcome) = RunnerTests.Healthy(spec, call);
            return (FakeLauncher.Seeing(lines, FakeLauncher.Target(spec) == "linux-arm64-aot" ? Arm64 : X64), outcome);
        });

        Assert.Equal(X64, result.Platforms.Single(p => p.Name == "native-aot").GuestIsa);
        Assert.Equal(Arm64, result.Platforms.Single(p => p.Name == "qemu-aarch64").GuestIsa);
        Assert.All(result.Platforms, p => Assert.Null(p.GuestIsaNote));
        var md = Report(new MarkdownReport(), result, "report.md");
        Assert.Contains("| guest sees |", md);
        Assert.Contains("| sse4.1 sse4.2 popcnt avx avx2 vector128 vector256 |", Row(md, "native-aot"));
        Assert.Contains("| aes advsimd crc32 vector128 |", Row(md, "qemu-aarch64"));
        var html = WebUtility.HtmlDecode(Report(new HtmlReport(), result, "report.html"));
        Assert.Contains("guest sees", html);
        Assert.Contains("sse4.1 sse4.2 popcnt avx avx2 vector128 vector256", html);
        Assert.Contains("aes advsimd crc32 vector128", html);
    }

    [Fact]
    public async Task An_older_probe_s_hello_without_the_field_still_runs_and_reads_as_not_reported()
    {
        var result = await RunAsync(RunnerTests.Healthy);

        Assert.All(result.Cells, c => Assert.Equal(CellStatus.Ok, c.Status));
        Assert.All(result.Platforms, p => Assert.Null(p.GuestIsa));
        var md = Report(new MarkdownReport(), result, "report.md");
        Assert.EndsWith("| .NET test | – | – | – |", Row(md, "native-aot"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_written_before_the_field_still_loads_without_it()
    {
        var stored = Path.Combine(ProjectLayout.Discover().Root, "results", "qemu-7.2-vs-10.0");
        var json = File.ReadAllText(Path.Combine(stored, ResultFile.FileName));
        Assert.DoesNotContain("guestIsa", json, StringComparison.Ordinal);

        var result = ResultFile.Read(stored);

        Assert.NotEmpty(result.Platforms);
        Assert.All(result.Platforms, p => Assert.Null(p.GuestIsa));
    }

    [Fact]
    public async Task Launches_that_disagree_keep_the_first_view_and_say_how_many_saw_each()
    {
        var nativeLaunches = 0;
        var result = await RunAsync((spec, call) =>
        {
            var (lines, outcome) = RunnerTests.Healthy(spec, call);
            if (FakeLauncher.Target(spec) == "linux-arm64-aot")
            {
                return (FakeLauncher.Seeing(lines, Arm64), outcome);
            }

            // The hello start is not journaled; of the three measured launches, the last sees no AVX.
            var measured = FakeLauncher.IsHello(spec) ? 0 : ++nativeLaunches;
            return (FakeLauncher.Seeing(lines, measured == 3 ? ["sse4.1", "sse4.2", "popcnt", "vector128"] : X64), outcome);
        }, launches: 3);

        var native = result.Platforms.Single(p => p.Name == "native-aot");
        Assert.Equal(X64, native.GuestIsa);
        Assert.Equal("its launches disagree: of 3 that reported, 2 saw this, 1 saw sse4.1 sse4.2 popcnt vector128", native.GuestIsaNote);
        Assert.Null(result.Platforms.Single(p => p.Name == "qemu-aarch64").GuestIsaNote);
        Assert.Contains("| sse4.1 sse4.2 popcnt avx avx2 vector128 vector256 (its launches disagree: of 3 that reported, 2 saw this, 1 saw sse4.1 sse4.2 popcnt vector128) |",
            Row(Report(new MarkdownReport(), result, "report.md"), "native-aot"));
    }
}
