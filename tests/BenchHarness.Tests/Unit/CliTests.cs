using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The CLI as a user meets it: bad input is one line on stderr and exit code 2.</summary>
public sealed class CliTests
{
    /// <param name="subject">The file, folder or name the error is about; null when it is about the line as a whole.</param>
    /// <param name="says">Only where the wording is the point: the fix the line tells the user.</param>
    [Theory]
    [InlineData("run --suite no-such-suite", BadInputKind.UnknownName, "no-such-suite", null)]
    [InlineData("run --suite quick --platform qemu-mips", BadInputKind.UnknownName, "qemu-mips", null)]
    [InlineData("run --bogus 1", BadInputKind.BadArgument, null, null)]
    [InlineData("frobnicate", BadInputKind.BadArgument, null, null)]
    [InlineData("report /nonexistent/run", BadInputKind.MissingFile, "/nonexistent/run", null)]
    [InlineData("report /tmp", BadInputKind.MissingFile, "/tmp", null)]
    [InlineData("compare /nonexistent/run", BadInputKind.MissingFile, "/nonexistent/run", null)]
    [InlineData("compare /tmp /tmp /tmp", BadInputKind.BadArgument, null, null)]
    [InlineData("compare /tmp --threshold 200%", BadInputKind.BadArgument, "200%", null)]
    [InlineData("run --platfrom native-aot", BadInputKind.BadArgument, null, "did you mean --platform?")]
    [InlineData("reprot /tmp", BadInputKind.BadArgument, null, "did you mean report?")]
    [InlineData("run --suite quick --candidate qemu-mips=/opt/qemu", BadInputKind.UnknownName, "qemu-mips", null)]
    [InlineData("run --suite quick --candidate native-aot=/opt/qemu", BadInputKind.BadArgument, "native-aot", "--candidate native-aot")]
    [InlineData("run --suite quick --candidate qemu-aarch64", BadInputKind.BadArgument, "qemu-aarch64", "give NAME=PATH")]
    [InlineData("run --suite quick --workload no-such-workload", BadInputKind.UnknownName, "no-such-workload", null)]
    [InlineData("run --suite quick --launches 0", BadInputKind.BadArgument, "0", null)]
    [InlineData("run --suite quick --launches many", BadInputKind.BadArgument, "many", null)]
    [InlineData("run --suite quick --launches 2000", BadInputKind.BadArgument, "2000", "at most 1,000")]
    [InlineData("run --suite quick --candidate qemu-aarch64=/missing/qemu-aarch64", BadInputKind.MissingFile, "/missing/qemu-aarch64", "/missing/qemu-aarch64, does not exist")]
    [InlineData("run --suite quick --candidate qemu-aarch64=no-such-qemu", BadInputKind.MissingFile, "no-such-qemu", "is not a program on PATH")]
    [InlineData("run --resume /tmp --launches 4", BadInputKind.BadArgument, null, "drop --suite, --workload, --launches")]
    [InlineData("run --suite quick --platform qemu-aarch64 --gate-only", BadInputKind.BadArgument, null, "add --candidate NAME=PATH")]
    [InlineData("run --resume /tmp --gate-only", BadInputKind.BadArgument, null, "--gate-only")]
    public async Task Bad_input_is_one_clear_line_and_exit_code_2(string args, BadInputKind kind, string? subject, string? says)
    {
        var (exit, stdout, stderr) = CliProcess.Run(args.Split(' '));
        var error = await CliProcess.BadInputAsync(args.Split(' '));

        OneLine(2, exit, stdout, stderr, says ?? "");
        Assert.Equal((kind, subject), (error.Kind, error.Subject));
    }

    [Fact]
    public async Task An_out_folder_that_holds_a_run_is_refused_with_the_options_that_finish_it()
    {
        var directory = TestData.TempDirectory();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "journal-format2-approved.jsonl"), Path.Combine(directory, "journal.jsonl"));
        string[] args = ["run", "--suite", "quick", "--platform", "native-aot", "--out", directory];

        var (exit, stdout, stderr) = CliProcess.Run(args);
        var error = await CliProcess.BadInputAsync(args);

        OneLine(2, exit, stdout, stderr, $"finish it with --resume {directory}, or choose another --out");
        Assert.Equal((BadInputKind.AlreadyExists, directory), (error.Kind, error.Subject));
    }

    [Fact]
    public void A_run_in_which_nothing_could_be_measured_says_so_once_and_exits_4()
    {
        var directory = TestData.TempDirectory();
        var platform = Path.Combine(directory, "nowhere.json");
        File.WriteAllText(platform, """{"name":"nowhere","target":"linux-x64-aot","launcher":["/bin/sh"],"requires":["/nonexistent/loader.so"]}""");

        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(3), "run", "--suite", "quick", "--platform", platform, "--workload", "text-wordcount-sort,text-find-replace", "--out", Path.Combine(directory, "out"));

        Assert.True(exit == Cli.Verbs.RunVerb.NothingMeasuredExit, $"exit {exit}\nstderr: {stderr}\nstdout: {stdout}");
        Assert.Equal(4, Cli.Verbs.RunVerb.NothingMeasuredExit);
        var said = Assert.Single(stdout.Split('\n'), l => l.StartsWith("nothing was measured", StringComparison.Ordinal));
        Assert.Contains("all 2 cells are unavailable (nowhere: ", said, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/loader.so", said, StringComparison.Ordinal);
        Assert.Contains($"resume the run in {Path.Combine(directory, "out")}", said, StringComparison.Ordinal);
        Assert.DoesNotContain(stdout.Split('\n'), l => l.Contains(": unavailable", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(directory, "out", "report.md")), "the report says why, as for any run");
    }

    [Fact]
    public async Task A_merge_of_one_run_of_one_machine_says_what_merge_takes()
    {
        var directory = TestData.TempDirectory();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "journal-format2-approved.jsonl"), Path.Combine(directory, "journal.jsonl"));
        string[] args = ["merge", directory, "--out", Path.Combine(TestData.TempDirectory(), "merged")];

        var (exit, stdout, stderr) = CliProcess.Run(args);
        var error = await CliProcess.BadInputAsync(args);

        OneLine(2, exit, stdout, stderr, "or one run of several machines (run --host) to compare across them with --compare");
        Assert.Equal((BadInputKind.BadArgument, directory), (error.Kind, error.Subject));
    }

    [Fact]
    public void A_candidate_is_NAME_equals_PATH_and_a_relative_path_is_taken_from_here()
    {
        Assert.Equal(new Core.Definitions.CandidateBuild("qemu-aarch64", "/opt/qemu/bin/qemu-aarch64"), Cli.Verbs.RunVerb.CandidateBuildOf("qemu-aarch64=/opt/qemu/bin/qemu-aarch64"));
        Assert.Equal(Path.GetFullPath("./qemu-aarch64"), Cli.Verbs.RunVerb.CandidateBuildOf("qemu-aarch64=./qemu-aarch64").Emulator);
        // A program on PATH stays a name.
        Assert.Equal("qemu-aarch64", Cli.Verbs.RunVerb.CandidateBuildOf("qemu-aarch64=qemu-aarch64").Emulator);
    }

    [Theory]
    [InlineData("run", "--candidate <NAME=PATH|PACKAGE@VERSION>")]
    [InlineData("report", "--progress <NAME|FILE>")]
    [InlineData("compare", "--threshold <PERCENT>")]
    [InlineData("history", "--out <DIR>")]
    [InlineData("platforms", "benchharness platforms [options]")]
    [InlineData("workloads", "benchharness workloads [options]")]
    public void Every_verb_has_its_help(string verb, string expected)
    {
        var (exit, stdout, stderr) = CliProcess.Run(verb, "--help");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"benchharness {verb}", stdout);
        Assert.Contains(expected, stdout);
    }

    [Fact]
    public void Without_a_verb_the_overview_lists_the_verbs_and_the_exit_codes()
    {
        var (exit, stdout, _) = CliProcess.Run();

        Assert.Equal(0, exit);
        Assert.Contains("Exit codes: 0 done, 1 compare found a regression, 2 bad input", stdout);
        foreach (var verb in (string[])["run", "report", "compare", "history", "platforms", "workloads"])
        {
            Assert.Contains($"  {verb}", stdout);
        }
    }

    [Fact]
    public async Task An_out_folder_that_cannot_be_written_is_bad_input_before_anything_runs()
    {
        var file = Path.Combine(TestData.TempDirectory(), "a-file");
        File.WriteAllText(file, "");
        var (exit, stdout, stderr) = CliProcess.Run("run", "--suite", "quick", "--platform", "native-aot", "--out", Path.Combine(file, "run"));
        var error = await CliProcess.BadInputAsync("run", "--suite", "quick", "--platform", "native-aot", "--out", Path.Combine(file, "run"));

        OneLine(2, exit, stdout, stderr, $"--out '{Path.Combine(file, "run")}' cannot be written");
        Assert.Equal((BadInputKind.Setup, Path.Combine(file, "run")), (error.Kind, error.Subject));
    }

    [Fact]
    public void A_BENCHHARNESS_HOME_that_is_not_a_checkout_is_bad_input()
    {
        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(1), new Dictionary<string, string> { ["BENCHHARNESS_HOME"] = "/tmp" }, "platforms");

        OneLine(2, exit, stdout, stderr, "BENCHHARNESS_HOME is '/tmp', which is not a BenchHarness checkout");
    }

    [Fact]
    public void A_full_disk_is_one_line_and_the_journal_is_kept()
    {
        // /dev/full answers every write with ENOSPC, as a full file system does.
        var directory = TestData.TempDirectory();
        var journal = Path.Combine(directory, "journal.jsonl");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "journal-format2-approved.jsonl"), journal);
        // Reports are written to NAME.tmp and renamed: that file is where the disk fills.
        File.CreateSymbolicLink(Path.Combine(directory, "report.md.tmp"), "/dev/full");
        File.WriteAllText(Path.Combine(directory, "report.md"), "the report from before");
        var (exit, stdout, stderr) = CliProcess.Run("report", directory);

        OneLine(2, exit, stdout, stderr, "the disk is full: No space left on device");
        // Written whole or not at all: the report from before is still there, whole.
        Assert.Equal("the report from before", File.ReadAllText(Path.Combine(directory, "report.md")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "journal-format2-approved.jsonl")), File.ReadAllBytes(journal));
    }

    [Fact]
    public async Task A_journal_from_a_future_version_is_bad_input()
    {
        var directory = TestData.TempDirectory();
        File.WriteAllText(Path.Combine(directory, "journal.jsonl"), """{"type":"run","journalFormat":7}""" + "\n");
        var (exit, stdout, stderr) = CliProcess.Run("report", directory);
        var error = await CliProcess.BadInputAsync("report", directory);

        OneLine(2, exit, stdout, stderr, "update BenchHarness");
        Assert.Equal((BadInputKind.UnreadableRun, Path.Combine(directory, "journal.jsonl")), (error.Kind, error.Subject));
    }

    private static void OneLine(int expectedExit, int exit, string stdout, string stderr, string expected)
    {
        Assert.True(exit == expectedExit, $"exit {exit}: {stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", stderr + stdout);
    }

    [Fact]
    public async Task A_corrupt_journal_is_bad_input_and_the_journal_is_left_alone()
    {
        var directory = TestData.TempDirectory();
        var journal = Path.Combine(directory, "journal.jsonl");
        const string content = """{"type":"run","suite":{"name":"s","workloads":[{"name":"w","weight":1}]},"platforms":[],"host":"linux-x64"}""" + "\nnot json\n{\"type\":\"platform\"}\n";
        File.WriteAllText(journal, content);
        var (exit, _, stderr) = CliProcess.Run("report", directory);
        var error = await CliProcess.BadInputAsync("report", directory);

        Assert.Equal(2, exit);
        Assert.Contains("line 2", stderr);
        Assert.Equal((BadInputKind.UnreadableRun, journal), (error.Kind, error.Subject));
        Assert.Equal(content, File.ReadAllText(journal));
    }

    [Fact]
    public void Workloads_and_platforms_list_what_is_shipped()
    {
        var (exit, workloads, _) = CliProcess.Run("workloads");
        Assert.Equal(0, exit);
        Assert.Contains("spreadsheet-recalc", workloads);

        var (exit2, platforms, _) = CliProcess.Run("platforms");
        Assert.Equal(0, exit2);
        Assert.Contains("a template for linux-arm64 hosts", platforms);
        Assert.Contains("native-aot", platforms);
    }
}
