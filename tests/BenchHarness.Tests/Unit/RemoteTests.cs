using System.Diagnostics;
using BenchHarness.Core.Model;
using BenchHarness.Core.Remote;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Issue 15's pieces that need no ssh server: the quoting of remote command lines (checked by a real POSIX shell),
/// the remote stopwatch's lines read back, a connection lost told apart from a probe that failed, ssh's refusals
/// told apart from the network's. The real OpenSSH server is in Integration/RemoteHostTests.
/// </summary>
public sealed class RemoteTests
{
    private static readonly HostDefinition Host = new() { Name = "arm-laptop", Ssh = new SshDestination { Host = "192.0.2.7", User = "me", Port = 2200 }, Platforms = ["box64"] };

    [Fact]
    public void Words_quoted_for_the_remote_shell_reach_the_program_unchanged()
    {
        string[] words = ["plain", "two words", "it's", "$HOME", "`id`", "a\"b", "semi;colon", "*", "new\nline", "", "--env", "WINEPREFIX=/x y/z", "back\\slash", "ünïcode"];
        // /bin/sh (dash here) runs the line as sshd's login shell would, and prints each argument it received.
        using var shell = new Process { StartInfo = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false } };
        shell.StartInfo.ArgumentList.Add("-c");
        shell.StartInfo.ArgumentList.Add("printargs() { for a in \"$@\"; do printf '<%s>' \"$a\"; done; }; printargs " + Ssh.Quote(words));
        shell.Start();
        var printed = shell.StandardOutput.ReadToEnd();
        shell.WaitForExit();

        Assert.Equal(string.Concat(words.Select(w => $"<{w}>")), printed);
    }

    [Fact]
    public void Ssh_never_prompts_and_never_accepts_an_unknown_host_key()
    {
        var argv = Ssh.Argv(Host.Ssh with { KnownHosts = "/keys/known", Identity = "/keys/id" }, "true");

        Assert.Equal("ssh", argv[0]);
        Assert.Contains("StrictHostKeyChecking=yes", argv);
        Assert.Contains("BatchMode=yes", argv);
        Assert.DoesNotContain(argv, a => a.Contains("accept-new", StringComparison.Ordinal) || a.Contains("StrictHostKeyChecking=no", StringComparison.Ordinal));
        Assert.Contains("UserKnownHostsFile=/keys/known", argv);
        Assert.Equal(["-p", "2200", "-l", "me", "192.0.2.7", "--", "true"], argv.TakeLast(7));
    }

    [Theory]
    // What OpenSSH 9.2 prints, copied from real sessions.
    [InlineData("Host key verification failed.", "never accepted silently")]
    [InlineData("No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\r\nHost key verification failed.", "never accepted silently")]
    [InlineData("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n", "has CHANGED")]
    [InlineData("root@127.0.0.1: Permission denied (publickey).", "authentication failed")]
    [InlineData("ssh: Could not resolve hostname nowhere.invalid: Name or service not known", "Could not resolve hostname")]
    public void A_refused_login_is_bad_input_with_the_reason(string stderr, string expected)
    {
        var refusal = Ssh.RefusalOf(stderr, Host);

        Assert.NotNull(refusal);
        Assert.Contains(expected, refusal);
        Assert.StartsWith("host arm-laptop (me@192.0.2.7:2200)", refusal);
    }

    [Theory]
    [InlineData("ssh: connect to host 127.0.0.1 port 2299: Connection refused")]
    [InlineData("ssh: connect to host 192.0.2.7 port 22: Connection timed out")]
    [InlineData("Timeout, server 127.0.0.1 not responding.")]
    [InlineData("")]
    public void The_network_failing_is_not_bad_input(string stderr) => Assert.Null(Ssh.RefusalOf(stderr, Host));

    [Theory]
    [InlineData("Linux", "aarch64", "linux-arm64")]
    [InlineData("Linux", "x86_64", "linux-x64")]
    [InlineData("Darwin", "arm64", "osx-arm64")]
    [InlineData("Linux", "loongarch64", "linux-loongarch64")]
    [InlineData("MINGW64_NT-10.0-22631", "x86_64", "win-x64")]
    public void The_hosts_uname_gives_the_platforms_runtime_identifier(string system, string machine, string expected) =>
        Assert.Equal(expected, RemoteHost.RuntimeOf(system, machine));

    [Fact]
    public async Task Times_are_the_remote_stopwatchs_not_the_local_clocks()
    {
        var local = new FakeLauncher((_, _) => (["1500 {\"type\":\"hello\"}", "2500000 {\"type\":\"done\"}", "!exit 0 3000000"], new ProcessOutcome(0, false, "", 900_000_000)));
        var seen = new List<(string Line, long Ns)>();

        var outcome = await Remote(local).RunAsync(Spec(), (line, ns) =>
        {
            seen.Add((line, ns));
            return false;
        }, CancellationToken.None);

        Assert.Equal([("{\"type\":\"hello\"}", 1500L), ("{\"type\":\"done\"}", 2_500_000L)], seen);
        Assert.Equal(0, outcome.ExitCode);
        // The wall time is the stopwatch's too, not ssh's 0.9 s.
        Assert.Equal(3_000_000, outcome.WallNs);
        Assert.False(outcome.ConnectionLost);
        // The probe runs through the host's stopwatch, its environment passed as arguments, under a time limit.
        var remoteLine = local.Started.Single().Argv[^1];
        Assert.Equal("/h/store/abc/BenchHarness.Probe stamp --timeout 60 --env WINEDEBUG=-all -- box64 /h/probe run text-find-replace", remoteLine);
    }

    [Theory]
    [InlineData("!exit 139 5", 139, false)]
    [InlineData("!timeout 60000000000", null, true)]
    public async Task The_remote_processs_end_is_the_stopwatchs_last_line(string last, int? exitCode, bool timedOut)
    {
        var local = new FakeLauncher((_, _) => (["100 {\"type\":\"hello\"}", last], new ProcessOutcome(0, false, "Segmentation fault", 1)));

        var outcome = await Remote(local).RunAsync(Spec(), (_, _) => false, CancellationToken.None);

        Assert.Equal(exitCode, outcome.ExitCode);
        Assert.Equal(timedOut, outcome.TimedOut);
        Assert.False(outcome.ConnectionLost);
    }

    [Fact]
    public async Task Ssh_ending_without_the_stopwatchs_last_line_is_a_lost_connection_not_a_crash()
    {
        var local = new FakeLauncher((_, _) => (["100 {\"type\":\"hello\"}"], new ProcessOutcome(255, false, "Timeout, server 192.0.2.7 not responding.", 20_000_000_000)));

        var outcome = await Remote(local).RunAsync(Spec(), (_, _) => false, CancellationToken.None);

        Assert.True(outcome.ConnectionLost);
        Assert.Null(outcome.ExitCode);
        Assert.Contains("ssh exit code 255: Timeout, server 192.0.2.7 not responding.", outcome.StartError);
    }

    [Fact]
    public async Task A_program_the_host_cannot_start_is_a_start_error_there()
    {
        var local = new FakeLauncher((_, _) => (["!start-error cannot start box64: No such file or directory"], new ProcessOutcome(0, false, "", 1)));

        var outcome = await Remote(local).RunAsync(Spec(), (_, _) => false, CancellationToken.None);

        Assert.Equal("on host arm-laptop: cannot start box64: No such file or directory", outcome.StartError);
        Assert.False(outcome.ConnectionLost);
    }

    private static RemoteLauncher Remote(IProcessLauncher local) => new(Host, "/h/store/abc/BenchHarness.Probe", local);

    private static ProcessSpec Spec() =>
        new(["box64", "/h/probe", "run", "text-find-replace"], new Dictionary<string, string> { ["WINEDEBUG"] = "-all" }, TimeSpan.FromSeconds(60));
}
