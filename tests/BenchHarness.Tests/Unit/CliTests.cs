using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The CLI as a user meets it: bad input is one line on stderr and exit code 2.</summary>
public sealed class CliTests
{
    [Theory]
    [InlineData("run --suite no-such-suite", "Unknown suite 'no-such-suite'")]
    [InlineData("run --suite quick --platform qemu-mips", "Unknown platform 'qemu-mips'")]
    [InlineData("run --bogus 1", "unknown option --bogus")]
    [InlineData("frobnicate", "Unknown verb 'frobnicate'")]
    [InlineData("report /nonexistent/run", "'/nonexistent/run' does not exist")]
    [InlineData("report /tmp", "'/tmp' holds no journal.jsonl: it is not a run folder")]
    public void Bad_input_is_one_clear_line_and_exit_code_2(string args, string expected)
    {
        var (exit, stdout, stderr) = CliProcess.Run(args.Split(' '));

        Assert.Equal(2, exit);
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
