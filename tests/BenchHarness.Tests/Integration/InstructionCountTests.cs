using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The instruction measure for real: the probe natively and under Debian's qemu-aarch64, each launch under valgrind's
/// callgrind with the probe paused around each warm invocation. Two counting runs of the same builds must agree within
/// 0.1% on every cell (issue 28's determinism) — one with its launches side by side, one per core, the other one at a time,
/// so that the count of this single-threaded workload is also shown not to depend on what runs beside it — and the counts
/// must be what the dumps say.
/// </summary>
[Trait("Category", "Integration")]
public sealed class InstructionCountTests
{
    [Fact]
    public async Task A_gate_on_instructions_passes_the_installed_qemu_against_itself_at_one_percent()
    {
        var layout = ProjectLayout.Discover();
        var platforms = PlatformLoader.GateOnly(PlatformLoader.Select([], layout, [new CandidateBuild("qemu-aarch64", "/usr/bin/qemu-aarch64")]));
        var checker = new PlatformChecker(layout);
        var suite = TestData.Suite(launches: 2, workloads: "text-find-replace") with { Warmup = 0, Measure = MeasureKind.Instructions };
        var directory = TestData.TempDirectory();
        using (var launcher = new SystemProcessLauncher(new ProcessSweep()))
        {
            await new BenchmarkRun(launcher, layout, p => checker.Check(p), _ => { }).StartAsync(suite, platforms, directory, CancellationToken.None);
        }

        var gate = Core.Compare.GateBuilder.Paired(ResultBuilder.Build(JournalFile.Read(directory)), directory, threshold: 0.01, change: 0.02);

        var row = Assert.Single(gate.Rows);
        Assert.True(row.Verdict == Core.Compare.GateVerdict.Within, $"{row.Verdict}: {row.Reason}");
        Assert.True(row.UpperBound < 1.01, $"upper bound {row.UpperBound}");
    }

    [Fact]
    public async Task The_probe_runs_no_further_warm_invocation_once_the_host_answers_stop_to_a_pause()
    {
        var layout = ProjectLayout.Discover();
        var native = Assert.Single(PlatformLoader.Select(["native-aot"], layout));
        var suite = TestData.Suite(workloads: "text-find-replace") with { Warmup = 0, Iterations = 3 };
        var probe = LaunchCommand.Run(native, suite, "text-find-replace", layout);
        var (pauses, lines) = (new List<string>(), new List<string>());
        var spec = probe with
        {
            Argv = [.. probe.Argv, "--pause", "warm"],
            Answer = (line, _) =>
            {
                if (ProbeMessage.TryParse(line) is not { Type: "pause" } pause)
                {
                    return null;
                }

                pauses.Add($"{pause.Text("at")} {pause.Number("iteration")}");
                return pauses[^1] == "before 1" ? "stop" : "go";
            },
        };

        ProcessOutcome outcome;
        using (var launcher = new SystemProcessLauncher(new ProcessSweep()))
        {
            outcome = await launcher.RunAsync(spec, (line, _) => { lines.Add(line); return false; }, CancellationToken.None);
        }

        Assert.True(outcome.ExitCode == 0, outcome.StandardErrorTail);
        Assert.Equal(["ready 0", "before 0", "after 0", "before 1"], pauses);
        Assert.Single(lines, l => l.Contains("\"kind\":\"warm\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"type\":\"done\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_counting_runs_of_the_same_builds_agree_within_a_thousandth()
    {
        var layout = ProjectLayout.Discover();
        var platforms = PlatformLoader.Select(["qemu-aarch64"], layout);
        var checker = new PlatformChecker(layout);
        RealRun.AssertAvailable(checker, platforms);
        var suite = TestData.Suite(workloads: "text-find-replace") with { Warmup = 0, Measure = MeasureKind.Instructions };

        async Task<Core.Results.RunResult> Count(string directory, bool sideBySide)
        {
            var progress = new List<string>();
            using (var launcher = new SystemProcessLauncher(new ProcessSweep()))
            {
                await new BenchmarkRun(sideBySide ? launcher : new OneLane(launcher), layout, p => checker.Check(p), progress.Add).StartAsync(suite, platforms, directory, CancellationToken.None);
            }

            Assert.Equal(sideBySide && Environment.ProcessorCount > 1, progress.Any(l => l.StartsWith("counting 2 launches at once", StringComparison.Ordinal)));

            var result = ResultBuilder.Build(JournalFile.Read(directory));
            Assert.All(result.Cells, c => Assert.True(c.Status == CellStatus.Ok, $"{c.Platform}: {c.Status} {c.Error}\n{string.Join('\n', progress)}"));

            // Each sample is the summary of its dump, as valgrind wrote it.
            var dumps = Directory.GetFiles(Path.Combine(directory, InstructionCount.Folder)).Where(f => char.IsDigit(f[^1])).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(platforms.Count * InstructionCount.InvocationsPerLaunch, dumps.Count);
            Assert.Equal(dumps.Select(d => InstructionCount.Summary(d)!.Value).Order(), result.Cells.SelectMany(c => c.SamplesNs).Order());
            return result;
        }

        var directory = TestData.TempDirectory();
        var first = await Count(directory, sideBySide: true);
        var second = await Count(TestData.TempDirectory(), sideBySide: false);

        foreach (var cell in first.Cells)
        {
            var again = second.Cells.Single(c => c.Platform == cell.Platform && c.Workload == cell.Workload);
            Assert.Equal(MeasureKind.Instructions, cell.Measure);
            Assert.True(Math.Abs(again.MedianNs!.Value / cell.MedianNs!.Value - 1) < 0.001,
                $"{cell.Platform}: {cell.MedianNs} then {again.MedianNs} instructions per invocation");
        }

        // The emulator runs more host instructions than the native probe for the same work, and they compute the same.
        var native = first.Cells.Single(c => c.Platform == "native-aot");
        var emulated = first.Cells.Single(c => c.Platform == "qemu-aarch64");
        Assert.Equal(native.Checksum, emulated.Checksum);
        Assert.True(emulated.MedianNs > 2 * native.MedianNs, $"{emulated.MedianNs} against {native.MedianNs}");

        // Its dissection: the emulated platform only, over its counted invocations, the parts adding up to their instructions.
        var dissected = Assert.Single(RunDissection.Of(directory));
        Assert.Equal(("qemu-aarch64", "text-find-replace", InstructionCount.InvocationsPerLaunch), (dissected.Platform, dissected.Workload, dissected.Invocations));
        Assert.Equal(dissected.Result.Total, dissected.Result.Parts.Sum(p => p.Instructions));
        Assert.True(dissected.Result.Parts.Single(p => p.Part == HostPart.TranslatedCode).Fraction > 0.1, "translated code is a large part of a warm invocation");

        // Published, the dumps are kept compressed (FILE.N.gz): the dissection reads them so and finds the same.
        foreach (var dump in Directory.GetFiles(Path.Combine(directory, InstructionCount.Folder)).Where(f => char.IsDigit(f[^1])))
        {
            using (var source = File.OpenRead(dump))
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(dump + ".gz"), System.IO.Compression.CompressionLevel.Optimal))
            {
                source.CopyTo(gzip);
            }

            File.Delete(dump);
        }

        var fromGzip = Assert.Single(RunDissection.Of(directory));
        Assert.Equal(dissected.Result.Parts.Select(p => (p.Part, p.Instructions)), fromGzip.Result.Parts.Select(p => (p.Part, p.Instructions)));
    }
}

/// <summary>A launcher that runs one launch at a time: a counting run through it has one lane.</summary>
internal sealed class OneLane(IProcessLauncher inner) : IProcessLauncher
{
    public Task<ProcessOutcome> RunAsync(ProcessSpec spec, Func<string, long, bool> onLine, CancellationToken cancellation) => inner.RunAsync(spec, onLine, cancellation);
}
