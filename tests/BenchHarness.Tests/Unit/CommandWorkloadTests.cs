using System.Text.Json;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Results;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Command workloads run as real processes (/bin/sh and coreutils) through the real launcher and the whole run:
/// inputs made and checked, the first start before the cold invocation, outputs checked, failures judged.
/// </summary>
public sealed class CommandWorkloadTests
{
    /// <summary>SHA-256 of the five bytes "hello" (sha256sum), first 16 hex digits.</summary>
    private const string HelloSha = "2cf24dba5fb0a30e";

    /// <summary>Writes the text "hello" for the generator "greeting", whatever the size.</summary>
    private sealed class Greetings : IInputGenerators
    {
        public IReadOnlyCollection<string> Names => ["greeting"];

        public string Version => "test-1";

        public int Made { get; private set; }

        public void Write(string generator, InputSize size, int seed, int? count, string path)
        {
            Made++;
            File.WriteAllText(path, "hello");
        }
    }

    private static SuiteWorkload Shell(string name, string script, OutputCheck? output = null, IReadOnlyList<string>? firstStart = null) => new(name, 1)
    {
        Command = new CommandWorkload
        {
            Program = new Dictionary<string, string> { ["linux-x64"] = "/bin/sh" },
            Args = ["-c", script],
            FirstStart = firstStart ?? ["-c", "mkdir ${FRESH}/profile"],
            Inputs = [new CommandInput("greeting.txt", Generator: "greeting")],
            Output = output ?? new OutputCheck { File = "${OUT}/copy.txt", Text = true },
            Cold = "the first copy after the profile was made",
        },
    };

    private static Suite SuiteOf(params SuiteWorkload[] workloads) => TestData.Suite() with
    {
        Workloads = workloads, Warmup = 1, Iterations = 4, MaxSecondsPerLaunch = 100, Launches = 2, MaxAttempts = 2,
    };

    private static async Task<(RunResult Result, RunJournal Journal, ProjectLayout Layout)> RunAsync(Suite suite, Greetings? greetings = null, params PlatformDefinition[] platforms)
    {
        var layout = new ProjectLayout(TestData.TempDirectory());
        var directory = TestData.TempDirectory();
        using var launcher = new SystemProcessLauncher();
        var checker = new PlatformChecker(layout);
        await new BenchmarkRun(launcher, layout, p => checker.Check(p, needsProbe: false), _ => { }, greetings ?? new Greetings())
            .StartAsync(suite, platforms.Length > 0 ? platforms : [TestData.Native()], directory, CancellationToken.None);
        var journal = JournalFile.Read(directory);
        return (ResultBuilder.Build(journal), journal, layout);
    }

    [Fact]
    public async Task A_command_runs_first_start_cold_warm_up_and_warm_invocations_with_checked_outputs()
    {
        // The copy fails unless the first start made the profile: the first start ran first, in the same fresh folder.
        var greetings = new Greetings();
        var (result, journal, layout) = await RunAsync(SuiteOf(Shell("copy", "test -d ${FRESH}/profile && cp ${INPUTS}/greeting.txt ${OUT}/copy.txt")), greetings);

        var cell = Assert.Single(result.Cells);
        Assert.Equal(CellStatus.Ok, cell.Status);
        Assert.Equal(HelloSha, cell.Checksum);
        Assert.Equal("X64", cell.Arch);
        Assert.Equal(2, cell.Launches);
        Assert.Equal(2, cell.ColdNs.Count);
        Assert.Equal(8, cell.SamplesNs.Count);
        Assert.Equal(2, cell.FirstStartNs.Count);
        Assert.Equal(2, cell.OverheadNs.Count);
        Assert.Equal("the first copy after the profile was made", cell.ColdMeans);
        // Per launch: one cold, one warm-up, four warm, in that order.
        var kinds = journal.Samples.Where(s => s.Round == 0).Select(s => s.Kind).ToList();
        Assert.Equal([SampleKind.Cold, SampleKind.Warmup, SampleKind.Warm, SampleKind.Warm, SampleKind.Warm, SampleKind.Warm], kinds);
        // The inputs were made once for the whole run, and every launch's fresh folder is gone.
        Assert.Equal(1, greetings.Made);
        Assert.Empty(Directory.GetDirectories(Path.Combine(layout.StateDirectory, "fresh")));
        Assert.Contains(Core.Reports.ReportTables.All(result), t => t.Title.StartsWith("Command workloads", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_output_that_changes_between_invocations_is_incorrect()
    {
        var (result, _, _) = await RunAsync(SuiteOf(Shell("clock", "date +%s%N > ${OUT}/copy.txt")));

        var cell = Assert.Single(result.Cells);
        Assert.Equal(CellStatus.Incorrect, cell.Status);
        Assert.Contains("differs from the first invocation's", cell.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_that_fails_is_crashed_with_its_last_error_line_after_every_attempt()
    {
        var (result, journal, _) = await RunAsync(SuiteOf(Shell("failing", "echo 'cannot open the document' >&2; exit 3")));

        var cell = Assert.Single(result.Cells);
        Assert.Equal(CellStatus.Crashed, cell.Status);
        Assert.Equal("invocation 1 (cold): exit code 3: cannot open the document", cell.Error);
        Assert.Equal(4, journal.Launches.Count); // two rounds, two attempts each
    }

    [Fact]
    public async Task A_command_that_exits_0_without_its_output_or_outside_its_size_range_is_incorrect()
    {
        var (missing, _, _) = await RunAsync(SuiteOf(Shell("silent", "true")));
        var (large, _, _) = await RunAsync(SuiteOf(Shell("large", "cp ${INPUTS}/greeting.txt ${OUT}/copy.txt", new OutputCheck { File = "${OUT}/copy.txt", Bytes = [10, 100] })));

        Assert.Equal("invocation 1 (cold): it exited 0 but wrote no copy.txt", Assert.Single(missing.Cells).Error);
        Assert.Equal(CellStatus.Incorrect, Assert.Single(missing.Cells).Status);
        Assert.Equal("invocation 1 (cold): copy.txt is 5 bytes, outside [10, 100]", Assert.Single(large.Cells).Error);
    }

    [Fact]
    public async Task An_output_that_differs_from_the_baselines_is_incorrect_and_gives_no_ratio()
    {
        // The "emulator" is env(1) setting a variable the command writes into its output: another result than native.
        var emulated = TestData.Emulated("changed", "linux-x64-aot", arch: "X64") with { Launcher = ["/usr/bin/env", "SUFFIX=!"] };
        var (result, _, _) = await RunAsync(SuiteOf(Shell("echo", "printf 'hello%s' \"$SUFFIX\" > ${OUT}/copy.txt")), null, TestData.Native(), emulated);

        Assert.Equal(CellStatus.Ok, result.Cells.Single(c => c.Platform == "native-aot").Status);
        var changed = result.Cells.Single(c => c.Platform == "changed");
        Assert.Equal(CellStatus.Incorrect, changed.Status);
        Assert.DoesNotContain(result.Comparisons, c => c.Platform == "changed");
    }

    [Fact]
    public async Task A_platform_without_the_program_is_unavailable_and_says_why()
    {
        var arm = TestData.Emulated("qemu-aarch64", "linux-arm64-aot");
        var missing = Shell("missing", "true") with { Command = Shell("missing", "true").Command! with { Program = new Dictionary<string, string> { ["linux-x64"] = "/nonexistent/soffice.bin" }, Packages = ["libreoffice-writer-nogui"] } };
        var (noProgram, _, _) = await RunAsync(SuiteOf(Shell("copy", "true")), null, TestData.Native(), arm);
        var (notInstalled, _, _) = await RunAsync(SuiteOf(missing));

        Assert.Equal("the command copy has no program for linux-arm64 (it has: linux-x64)", noProgram.Cells.Single(c => c.Platform == "qemu-aarch64").Error);
        Assert.Equal(CellStatus.Unavailable, noProgram.Cells.Single(c => c.Platform == "qemu-aarch64").Status);
        Assert.Equal("/nonexistent/soffice.bin is missing (the command missing; install: apt-get install libreoffice-writer-nogui, or run ./scripts/setup.sh)",
            Assert.Single(notInstalled.Cells).Error);
    }

    [Fact]
    public async Task A_command_written_in_the_old_words_runs_as_one_written_in_variables()
    {
        // As a suite file or a journal from before the one placeholder syntax holds it.
        var old = Shell("old", "test -d {fresh}/profile && cp {inputs}/greeting.txt {out}/copy.txt", new OutputCheck { File = "{out}/copy.txt", Text = true }, ["-c", "mkdir {fresh}/profile"]);
        var (result, _, _) = await RunAsync(SuiteOf(old));

        var cell = Assert.Single(result.Cells);
        Assert.Equal(CellStatus.Ok, cell.Status);
        Assert.Equal(HelloSha, cell.Checksum);
    }

    [Fact]
    public void Stored_launch_records_read_into_their_kinds_record_and_are_written_back_as_they_were()
    {
        // The published runs: LibreOffice's commands (first start and overhead) and the probe's workloads.
        foreach (var run in new[] { "libreoffice", "sample" })
        {
            var lines = File.ReadAllLines(Path.Combine(ProjectLayout.Discover().Root, "results", run, JournalFile.FileName)).Where(l => l.StartsWith("{\"type\":\"launch\"", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var record = Assert.IsType<LaunchRecord>(JsonSerializer.Deserialize<JournalRecord>(line, StoredJson.Compact));
                Assert.Equal(line.Contains("\"firstStartNs\"", StringComparison.Ordinal), record.Command?.FirstStartNs is not null);
                Assert.Equal(line, JsonSerializer.Serialize<JournalRecord>(record, StoredJson.Compact));
            }
        }

        var written = JsonSerializer.Serialize<JournalRecord>(new LaunchRecord
        {
            Platform = "p", Workload = "w", Round = 0, Attempt = 1, Status = CellStatus.Ok, Command = new CommandTimes(FirstStartNs: 7, OverheadNs: null),
        }, StoredJson.Compact);
        Assert.Contains("\"firstStartNs\":7", written, StringComparison.Ordinal);
        Assert.DoesNotContain("command", written, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_program_architecture_comes_from_its_elf_header()
    {
        var text = Path.Combine(TestData.TempDirectory(), "script.sh");
        File.WriteAllText(text, "#!/bin/sh\n");

        Assert.Equal("X64", ElfMachine.Of("/bin/true"));
        Assert.Null(ElfMachine.Of(text));
        Assert.Null(ElfMachine.Of("/nonexistent"));
        // The Arm64 C library the qemu-aarch64 platforms run against (libc6-arm64-cross, installed by setup.sh).
        Assert.Equal("Arm64", ElfMachine.Of("/usr/aarch64-linux-gnu/lib/libc.so.6"));
    }
}
