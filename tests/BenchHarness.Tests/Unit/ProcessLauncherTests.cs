using System.Diagnostics;
using BenchHarness.Core.Runner;

namespace BenchHarness.Tests.Unit;

/// <summary>The real launcher on small shell commands (the launcher itself never uses a shell).</summary>
public sealed class ProcessLauncherTests
{
    private static ProcessSpec Shell(string script, double timeoutSeconds = 60, Func<string, bool>? isLastLine = null) =>
        new(["/bin/sh", "-c", script], new Dictionary<string, string>(), TimeSpan.FromSeconds(timeoutSeconds), isLastLine);

    private static Func<string, long, bool> Collect(List<string> lines) => (line, _) =>
    {
        lines.Add(line);
        return false;
    };

    [Fact]
    public async Task Asked_to_stop_the_process_reads_stop_on_its_stdin()
    {
        var lines = new List<string>();
        var outcome = await new SystemProcessLauncher().RunAsync(Shell("echo ready; read answer; echo got:$answer"), (line, _) =>
        {
            lines.Add(line);
            return line == "ready";
        }, CancellationToken.None);

        Assert.Equal(["ready", "got:stop"], lines);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task Lines_exit_code_and_stderr_arrive()
    {
        var lines = new List<string>();
        var outcome = await new SystemProcessLauncher().RunAsync(Shell("echo one; echo two; echo oops >&2; exit 3"), Collect(lines), CancellationToken.None);

        Assert.Equal(["one", "two"], lines);
        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("oops", outcome.StandardErrorTail);
        Assert.False(outcome.TimedOut);
    }

    [Fact]
    public async Task After_its_last_line_a_launch_does_not_wait_for_a_leftover_process_holding_the_pipes()
    {
        // Like wineserver, the background sleep inherits stdout and stderr and outlives the process.
        var lines = new List<string>();
        var clock = Stopwatch.StartNew();
        var outcome = await new SystemProcessLauncher().RunAsync(
            Shell("echo one; echo done; sleep 30 & exit 0", isLastLine: l => l == "done"), Collect(lines), CancellationToken.None);

        Assert.Equal(["one", "done"], lines);
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"waited {clock.Elapsed} for the leftover process");
    }

    [Fact]
    public async Task Without_its_last_line_a_launch_reads_until_the_pipes_close_and_loses_nothing()
    {
        var lines = new List<string>();
        var outcome = await new SystemProcessLauncher().RunAsync(
            Shell("echo one; (sleep 1; echo late) & exit 0", isLastLine: l => l == "done"), Collect(lines), CancellationToken.None);

        Assert.Equal(["one", "late"], lines);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task A_process_that_runs_past_its_timeout_is_killed_and_marked()
    {
        var outcome = await new SystemProcessLauncher().RunAsync(Shell("echo started; sleep 30", timeoutSeconds: 1), (_, _) => false, CancellationToken.None);

        Assert.True(outcome.TimedOut);
        Assert.Null(outcome.ExitCode);
    }
}
