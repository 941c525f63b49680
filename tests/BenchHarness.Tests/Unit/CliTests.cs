using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The CLI as a user meets it: bad input is one line on stderr and exit code 2.</summary>
public sealed class CliTests
{
    [Theory]
    [InlineData("run --suite no-such-suite", "Unknown suite 'no-such-suite'")]
    [InlineData("run --suite quick --platform qemu-mips", "Unknown platform 'qemu-mips'")]
    [InlineData("run --bogus 1", "Unrecognized command or argument '--bogus'")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'")]
    [InlineData("report /nonexistent/run", "'/nonexistent/run' does not exist")]
    [InlineData("report /tmp", "'/tmp' holds no journal.jsonl: it is not a run folder")]
    [InlineData("compare /nonexistent/run", "'/nonexistent/run' holds no result.json")]
    [InlineData("compare /tmp /tmp /tmp", "give one run folder")]
    [InlineData("compare /tmp --threshold 200%", "must lie between 0% and 100%")]
    [InlineData("run --platfrom native-aot", "did you mean --platform?")]
    [InlineData("reprot /tmp", "did you mean report?")]
    [InlineData("run --suite quick --candidate qemu-mips=/opt/qemu", "Unknown platform 'qemu-mips'")]
    [InlineData("run --suite quick --candidate native-aot=/opt/qemu", "a native platform has no emulator binary")]
    [InlineData("run --suite quick --candidate qemu-aarch64", "give NAME=PATH")]
    [InlineData("run --suite quick --workload no-such-workload", "suite 'quick' has no such workload")]
    [InlineData("run --suite quick --launches 0", "--launches 0: needs at least 1 fresh process per cell")]
    [InlineData("run --suite quick --launches many", "--launches needs a whole number of fresh processes per cell, not 'many'")]
    [InlineData("run --resume /tmp --launches 4", "drop --suite, --workload, --launches")]
    public void Bad_input_is_one_clear_line_and_exit_code_2(string args, string expected)
    {
        var (exit, stdout, stderr) = CliProcess.Run(args.Split(' '));

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", stderr + stdout);
    }

    [Theory]
    [InlineData("run", "--candidate <NAME=PATH>")]
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
    public void An_out_folder_that_cannot_be_written_is_bad_input_before_anything_runs()
    {
        var file = Path.Combine(TestData.TempDirectory(), "a-file");
        File.WriteAllText(file, "");
        var (exit, stdout, stderr) = CliProcess.Run("run", "--suite", "quick", "--platform", "native-aot", "--out", Path.Combine(file, "run"));

        OneLine(2, exit, stdout, stderr, $"--out '{Path.Combine(file, "run")}' cannot be written");
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
    public void A_journal_from_a_future_version_is_bad_input()
    {
        var directory = TestData.TempDirectory();
        File.WriteAllText(Path.Combine(directory, "journal.jsonl"), """{"type":"run","journalFormat":7}""" + "\n");
        var (exit, stdout, stderr) = CliProcess.Run("report", directory);

        OneLine(2, exit, stdout, stderr, "journal format 7, written by a newer BenchHarness");
    }

    private static void OneLine(int expectedExit, int exit, string stdout, string stderr, string expected)
    {
        Assert.True(exit == expectedExit, $"exit {exit}: {stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", stderr + stdout);
    }

    [Fact]
    public void A_corrupt_journal_is_bad_input_and_the_journal_is_left_alone()
    {
        var directory = TestData.TempDirectory();
        var journal = Path.Combine(directory, "journal.jsonl");
        const string content = """{"type":"run","suite":{"name":"s","workloads":[{"name":"w","weight":1}]},"platforms":[],"host":"linux-x64"}""" + "\nnot json\n{\"type\":\"platform\"}\n";
        File.WriteAllText(journal, content);
        var (exit, _, stderr) = CliProcess.Run("report", directory);

        Assert.Equal(2, exit);
        Assert.Contains("line 2 is corrupt", stderr);
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
