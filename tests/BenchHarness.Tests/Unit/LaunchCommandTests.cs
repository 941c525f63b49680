using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

public sealed class LaunchCommandTests
{
    [Fact]
    public void The_launcher_prefixes_the_probe_and_the_suite_becomes_probe_options()
    {
        var layout = TestData.Layout();
        var platform = TestData.Emulated() with { Env = new Dictionary<string, string> { ["WINEPREFIX"] = "${STATE}/wine", ["X"] = "${NO_SUCH_VARIABLE_HERE}y" } };
        var spec = LaunchCommand.Run(platform, TestData.Suite() with { Seed = 7, MaxSecondsPerLaunch = 2.5 }, "spreadsheet-recalc", layout);

        Assert.Equal(["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu", layout.ProbePath("linux-arm64-aot"), "run", "spreadsheet-recalc"], spec.Argv.Take(6));
        Assert.Equal(["--size", "small", "--seed", "7", "--warmup", "1", "--iterations", "5", "--max-seconds", "2.5"], spec.Argv.Skip(6));
        Assert.Equal(layout.StateDirectory + "/wine", spec.Environment["WINEPREFIX"]);
        Assert.Equal("y", spec.Environment["X"]);
        Assert.Equal(TimeSpan.FromSeconds(10), spec.Timeout);
    }

    [Fact]
    public void A_launch_ends_at_the_probes_done_or_error_line_and_not_before()
    {
        var isLastLine = LaunchCommand.Run(TestData.Native(), TestData.Suite(), "document-render", TestData.Layout()).IsLastLine!;
        var lines = FakeLauncher.ProbeLines("X64", "Linux", "abc", 10, 11, 12);

        Assert.Equal([false, false, false, false, false, false, true], lines.Select(isLastLine));
        Assert.True(isLastLine("""{"type":"error","message":"boom"}"""));
        Assert.False(isLastLine("""not json {"type":"done"}"""));
    }

    [Fact]
    public void A_windows_target_runs_the_exe()
    {
        Assert.EndsWith(Path.Combine("win-x64-jit", "BenchHarness.Probe.exe"), TestData.Layout().ProbePath("win-x64-jit"));
        Assert.EndsWith(Path.Combine("linux-x64-aot", "BenchHarness.Probe"), TestData.Layout().ProbePath("linux-x64-aot"));
    }

    [Fact]
    public void A_commands_words_are_written_as_variables_and_the_old_words_still_read()
    {
        var words = new Dictionary<string, string> { ["INPUTS"] = "/in", ["FRESH"] = "/f", ["FRESH_URL"] = "file:///f", ["OUT"] = "/f/out" };

        Assert.Equal("-env:UserInstallation=file:///f/profile /f/out /in/report.docx",
            Placeholders.Expand("-env:UserInstallation=${FRESH_URL}/profile ${OUT} ${INPUTS}/report.docx", words));
        // A suite or a journal written before: the same words in braces give the same argument.
        Assert.Equal("-env:UserInstallation=file:///f/profile /f/out /in/report.docx",
            Placeholders.Expand("-env:UserInstallation={fresh-url}/profile {out} {inputs}/report.docx", words));
        // A shell's own variables, other braces (LibreOffice's JSON filter options) and a name in the wrong case pass as written.
        Assert.Equal("echo ${HOME} $OUT {\"PageRange\":{\"value\":\"2\"}} ${inputs}", Placeholders.Expand("echo ${HOME} $OUT {\"PageRange\":{\"value\":\"2\"}} ${inputs}", words));
    }
}
