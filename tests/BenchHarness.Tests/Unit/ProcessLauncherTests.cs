using System.Diagnostics;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

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

    [Fact]
    public async Task A_process_a_launch_leaves_behind_is_ended_when_the_launch_ends_and_named()
    {
        // setsid: the orphan leaves the process group and is re-parented to init, out of reach of a tree kill.
        var marker = UniqueSeconds();
        var outcome = await new SystemProcessLauncher().RunAsync(
            Shell($"setsid sleep {marker} </dev/null >/dev/null 2>&1 & sleep 0.2; echo done", isLastLine: l => l == "done"), (_, _) => false, CancellationToken.None);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["sleep"], outcome.LeftBehind);
        Assert.Empty(Running("sleep", marker));
    }

    [Fact]
    public async Task A_timeout_ends_the_whole_tree_and_what_left_it_even_when_it_ignores_SIGTERM()
    {
        var (child, orphan) = (UniqueSeconds(), UniqueSeconds());
        var outcome = await new SystemProcessLauncher().RunAsync(
            Shell($"trap '' TERM; setsid sh -c \"trap '' TERM; exec sleep {orphan}\" </dev/null >/dev/null 2>&1 & sleep {child}; echo never", timeoutSeconds: 1),
            (_, _) => false, CancellationToken.None);

        Assert.True(outcome.TimedOut);
        Assert.Empty(Running("sleep", child));
        Assert.Empty(Running("sleep", orphan));
    }

    [Fact]
    public async Task A_session_helper_outlives_its_launch_and_is_ended_when_the_launcher_is_disposed_unless_another_runs_launch_uses_it()
    {
        // A copy of sleep named as Wine's server: kept between launches like wineserver64, ended at the end of the run, but
        // not while another run's launch holds the session (a lock file of this test's own, not the machine's).
        var directory = TestData.TempDirectory();
        var session = Path.Combine(directory, "session.lock");
        var helper = Path.Combine(directory, "wineserver64");
        File.Copy("/bin/sleep", helper);
        var marker = UniqueSeconds();
        var launcher = new SystemProcessLauncher(new ProcessSweep(session: session));
        var outcome = await launcher.RunAsync(Shell($"setsid {helper} {marker} </dev/null >/dev/null 2>&1 & sleep 0.2; echo done", isLastLine: l => l == "done"),
            (_, _) => false, CancellationToken.None);

        Assert.Empty(outcome.LeftBehind);
        Assert.Single(Running(helper, marker));
        using (SharedSession.Join(session))
        {
            launcher.Dispose();
            Assert.Single(Running(helper, marker));
        }

        launcher.Dispose();
        Assert.Empty(Running(helper, marker));
    }

    [Theory]
    [InlineData("wineserver64", "/usr/lib/wine/wineserver64 -p0", true)]
    [InlineData("services.exe", @"C:\windows\system32\services.exe ", true)]
    [InlineData("BenchHarness.Pr", @"C:\bench\BenchHarness.Probe.exe run", false)]
    [InlineData("sleep", "sleep 300", false)]
    public void Wine_server_and_its_system_processes_are_session_helpers(string name, string commandLine, bool helper) =>
        Assert.Equal(helper, ProcessSweep.IsSessionHelper(name, commandLine));

    [Fact]
    public void Another_runs_processes_are_found_and_this_runs_lanes_are_not()
    {
        var sweep = new ProcessSweep();
        using var other = Sleeping($"{Guid.NewGuid():N}");
        using var lane = Sleeping($"{sweep.Token}-lane1");
        try
        {
            var found = sweep.OtherRuns();

            Assert.Contains(other.Id, found.Select(p => p.Pid));
            Assert.DoesNotContain(lane.Id, found.Select(p => p.Pid));
            Assert.DoesNotContain(found, p => p.SessionHelper);
        }
        finally
        {
            other.Kill();
            lane.Kill();
        }
    }

    /// <summary>A sleep carrying the mark of run <paramref name="run"/>.</summary>
    private static Process Sleeping(string run)
    {
        var start = new ProcessStartInfo("sleep", UniqueSeconds());
        start.Environment[ProcessMark.Variable] = run;
        return Process.Start(start)!;
    }

    [Fact]
    public async Task A_line_without_an_end_is_cut_so_that_memory_stays_bounded()
    {
        var reader = new BoundedLineReader(new StringReader(new string('x', 1_000_000) + "\nsecond\nlast"), 1000);

        Assert.Equal(new string('x', 1000), await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal("second", await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal("last", await reader.ReadLineAsync(CancellationToken.None));
        Assert.Null(await reader.ReadLineAsync(CancellationToken.None));
    }

    /// <summary>A sleep length no other process on the machine has: it names the test's processes.</summary>
    private static string UniqueSeconds() => $"{Random.Shared.Next(100_000, 999_999)}.{Random.Shared.Next(100, 999)}";

    /// <summary>The processes running now whose argv is exactly PROGRAM ARG.</summary>
    private static IReadOnlyList<string> Running(string program, string argument) =>
        ProcessTable.Matching(line => line == $"{program}\0{argument}\0");
}
