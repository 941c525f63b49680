using System.Diagnostics;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// Issue 15 with a real OpenSSH server on 127.0.0.1 (<see cref="SshServer"/>) and the real CLI: native and qemu-aarch64
/// run "remotely" through it beside a local platform; the connection is killed mid-run and the run resumed; the
/// remote samples have a local run's shape; the two runs merge into one report with their machines in its disclosure;
/// a login refused and an unknown host key are bad input.
/// </summary>
[Trait("Category", "Integration")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RemoteHostTests : IClassFixture<RemoteHostTests.Server>
{
    /// <summary>Two workloads, three fresh processes each, one warm-up and five warm samples a launch, no early stop: every count is known.</summary>
    private const string Suite = """
        {"name":"remote","size":"small","launches":3,"warmup":1,"iterations":5,"maxSecondsPerLaunch":30,"timeoutSeconds":120,"maxAttempts":2,
         "targetRelativeHalfWidth":1e-9,"workloads":[{"name":"text-wordcount-sort","weight":1},{"name":"document-save-load","weight":1}]}
        """;

    private readonly Server _server;

    public RemoteHostTests(Server server) => _server = server;

    /// <summary>One server for the class; a folder for the runs.</summary>
    public sealed class Server : IDisposable
    {
        public SshServer Ssh { get; } = new();

        public string Runs { get; } = TestData.TempDirectory();

        public string SuiteFile => Path.Combine(Runs, "remote.json");

        public Server() => File.WriteAllText(SuiteFile, Suite);

        public void Dispose() => Ssh.Dispose();
    }

    [Fact]
    public void A_run_on_this_machine_and_a_host_over_ssh_at_once_then_cut_and_resumed_then_merged()
    {
        var remoteFolder = Path.Combine(_server.Runs, "remote-home");
        var here = _server.Ssh.HostFile("lh", remoteFolder, "native-aot", "qemu-aarch64");

        // 1. This machine (native-aot) and the host (native-aot@lh, qemu-aarch64@lh) at once.
        var both = Path.Combine(_server.Runs, "both");
        var (exit, _, stderr) = CliProcess.Run(TimeSpan.FromMinutes(10), "run", "--suite", _server.SuiteFile, "--platform", "native-aot", "--host", here, "--out", both);
        Assert.True(exit == 0, stderr);
        var result = ResultFile.Read(both);
        Assert.All(result.Cells, c => Assert.True(c.Status == CellStatus.Ok, $"{c.Platform} · {c.Workload}: {c.Status} {c.Error}\n{stderr}"));
        Assert.Equal(["native-aot", "native-aot@lh", "qemu-aarch64@lh"], result.Platforms.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Arm64", result.Cells.First(c => c.Platform == "qemu-aarch64@lh").Arch);
        Assert.Equal(2, result.Machines.Count);
        Assert.True(result.Machines[1] is { Name: "lh", Remote: true, Runtime: "linux-x64" }, $"{result.Machines[1]}");
        Assert.All(result.Comparisons, c => Assert.Equal(("qemu-aarch64@lh", "native-aot@lh"), (c.Platform, c.Baseline)));
        // Progress showed both machines as they went.
        Assert.Contains("local | [", stderr);
        Assert.Contains("lh | [", stderr);
        var journal = JournalFile.Read(both);
        Assert.All(journal.Launches.Where(l => l.Platform.EndsWith("@lh", StringComparison.Ordinal)), l => Assert.Equal("lh", l.Host));
        Assert.All(journal.Launches.Where(l => !l.Platform.EndsWith("@lh", StringComparison.Ordinal)), l => Assert.Null(l.Host));

        // The remote samples have the local run's shape: per launch one cold, one warm-up, five warm, and the same checksums.
        AssertShape(journal, "native-aot", "native-aot@lh");
        AssertShape(journal, "native-aot", "qemu-aarch64@lh");
        // Start-up is timed on the host by its stopwatch: a positive time, within the launch's own wall time there.
        Assert.All(journal.Launches.Where(l => l.Host == "lh"), l => Assert.InRange(l.StartupNs!.Value, 1, l.WallNs));

        // 2. The host alone, under another name; its ssh connection is killed mid-run.
        var far = _server.Ssh.HostFile("far", remoteFolder, "native-aot", "qemu-aarch64");
        var cut = Path.Combine(_server.Runs, "cut");
        var (cutExit, cutErr) = KillSshMidRun(["run", "--suite", _server.SuiteFile, "--host", far, "--out", cut], Path.Combine(cut, JournalFile.FileName));
        Assert.True(cutExit == 0, cutErr);
        // The probe builds were copied by the first run: the same content is not copied again.
        Assert.DoesNotContain("copied probe", cutErr);
        var lost = ResultFile.Read(cut);
        Assert.Contains(lost.Cells, c => c.Status == CellStatus.Unavailable && c.Error!.Contains("the connection to host far was lost", StringComparison.Ordinal)
            && c.Error.Contains("to be resumed", StringComparison.Ordinal));
        // On the host, the stopwatch ended what it had started when its connection went.
        AssertEventually(() => ProcessTable.Matching(l => l.Contains(remoteFolder, StringComparison.Ordinal)).Count == 0, "processes left on the host: "
            + string.Join("; ", ProcessTable.Matching(l => l.Contains(remoteFolder, StringComparison.Ordinal))));

        var (resumed, _, resumeErr) = CliProcess.Run(TimeSpan.FromMinutes(10), "run", "--resume", cut);
        Assert.True(resumed == 0, resumeErr);
        var finished = JournalFile.Read(cut);
        Assert.All(ResultFile.Read(cut).Cells, c => Assert.True(c.Status == CellStatus.Ok, $"{c.Platform} · {c.Workload}: {c.Status} {c.Error}\n{resumeErr}"));
        // Every launch of the plan ended ok exactly once: 2 platforms × 2 workloads × 3 rounds.
        var ok = finished.Launches.Where(l => l.Status == CellStatus.Ok).ToList();
        Assert.Equal(12, ok.Count);
        Assert.Equal(12, ok.Select(l => l.Launch).Distinct().Count());
        AssertShape(finished, "native-aot@far", "qemu-aarch64@far");
        AssertShape(journal, "native-aot", "native-aot@far", other: finished);

        // 3. The two runs merged: one report, the machines as its dimension.
        var merged = Path.Combine(_server.Runs, "merged");
        var (mergeExit, mergeOut, mergeErr) = CliProcess.Run(TimeSpan.FromMinutes(2), "merge", $"pc={both}", cut, "--out", merged);
        Assert.True(mergeExit == 0, mergeErr + mergeOut);
        var whole = ResultFile.Read(merged);
        Assert.Equal(["pc", "lh", "far"], whole.Machines.Select(m => m.Name));
        Assert.Equal(["native-aot@pc", "native-aot@lh", "qemu-aarch64@lh", "native-aot@far", "qemu-aarch64@far"], whole.Platforms.Select(p => p.Name));
        Assert.Equal(2, whole.Index.Count);
        Assert.Contains("| what | pc | lh | far |", File.ReadAllText(Path.Combine(merged, "report.md")));

        // One run of two machines, with a comparison across them named: made, and labelled as one.
        var across = Path.Combine(_server.Runs, "across");
        var (acrossExit, acrossOut, acrossErr) = CliProcess.Run(TimeSpan.FromMinutes(2), "merge", $"pc={both}", "--compare", "qemu-aarch64@lh=native-aot@pc", "--out", across);
        Assert.True(acrossExit == 0, acrossErr + acrossOut);
        var acrossResult = ResultFile.Read(across);
        Assert.True(acrossResult.Index.Single(i => i.Baseline == "native-aot@pc").AcrossMachines);
        Assert.False(acrossResult.Index.Single(i => i.Baseline == "native-aot@lh").AcrossMachines);
        Assert.Contains("qemu-aarch64@lh against native-aot@pc (a comparison of DIFFERENT MACHINES", acrossOut);
    }

    [Fact]
    public void A_host_that_cannot_take_the_probes_is_unavailable_with_the_reason_and_this_machine_goes_on()
    {
        // The host's folder holds a file where the store would go: every copy there fails.
        var folder = Path.Combine(_server.Runs, "full-home");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "store"), "");
        var host = _server.Ssh.HostFile("full", folder, "native-aot");
        var output = Path.Combine(_server.Runs, "full");

        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(5), "run", "--suite", _server.SuiteFile, "--workload", "text-wordcount-sort",
            "--platform", "native-aot", "--host", host, "--out", output);

        Assert.True(exit == 0, stderr);
        var result = ResultFile.Read(output);
        Assert.All(result.Cells.Where(c => c.Platform == "native-aot"), c => Assert.Equal(CellStatus.Ok, c.Status));
        var remote = Assert.Single(result.Cells, c => c.Platform == "native-aot@full");
        Assert.Equal(CellStatus.Unavailable, remote.Status);
        Assert.Contains("host full: copying probe linux-x64-aot (the stopwatch) there failed: mkdir: cannot create directory", remote.Error);
        Assert.Contains("native-aot@full · text-wordcount-sort: unavailable (host full: copying", stdout);
    }

    [Fact]
    public void An_unknown_host_key_is_bad_input_and_never_accepted()
    {
        var unknown = Path.Combine(_server.Runs, "empty_known_hosts");
        File.WriteAllText(unknown, "");

        var stderr = RunRefused("stranger", _server.Ssh.KnownHosts, unknown);

        Assert.Contains("host keys are never accepted silently", stderr);
        // Not accepted: the known-hosts file is as empty as before.
        Assert.Equal("", File.ReadAllText(unknown));
    }

    [Fact]
    public void A_refused_login_is_bad_input()
    {
        var stranger = Path.Combine(_server.Runs, "stranger_key");
        using (var keygen = Process.Start("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", stranger]))
        {
            keygen.WaitForExit();
        }

        var stderr = RunRefused("refused", _server.Ssh.Identity, stranger);

        Assert.Contains("authentication failed", stderr);
    }

    /// <summary>
    /// Runs with a host file of this server in which <paramref name="replace"/> is replaced by <paramref name="with"/>:
    /// it must be refused as bad input (exit 2, one line naming the host, no stack trace) before anything is written.
    /// Returns stderr.
    /// </summary>
    private string RunRefused(string name, string replace, string with)
    {
        var host = _server.Ssh.HostFile(name, Path.Combine(_server.Runs, $"{name}-home"), "native-aot");
        File.WriteAllText(host, File.ReadAllText(host).Replace(replace, with, StringComparison.Ordinal));
        var output = Path.Combine(_server.Runs, name);

        var (exit, _, stderr) = CliProcess.Run(TimeSpan.FromMinutes(2), "run", "--suite", _server.SuiteFile, "--host", host, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains($"benchharness: host {name} (127.0.0.1:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(File.Exists(Path.Combine(output, JournalFile.FileName)));
        return stderr;
    }

    /// <summary>
    /// Each ok launch of <paramref name="platform"/> (in <paramref name="other"/>, or the same journal) has as many samples
    /// of each kind as the same round's launch of <paramref name="reference"/>, and the same checksum.
    /// </summary>
    private static void AssertShape(RunJournal journal, string reference, string platform, RunJournal? other = null)
    {
        var theirs = other ?? journal;
        static Dictionary<(string Workload, int Round), (int Cold, int Warmup, int Warm, string Checksum)> Shape(RunJournal j, string p)
        {
            var okAttempts = j.Launches.Where(l => l.Platform == p && l.Status == CellStatus.Ok).Select(l => (l.Launch, l.Attempt)).ToHashSet();
            return j.Samples.Where(s => s.Platform == p && okAttempts.Contains((s.Launch, s.Attempt))).GroupBy(s => (s.Workload, s.Round))
                .ToDictionary(g => g.Key, g => (g.Count(s => s.Kind == SampleKind.Cold), g.Count(s => s.Kind == SampleKind.Warmup), g.Count(s => s.Kind == SampleKind.Warm),
                    string.Join(",", g.Select(s => s.Checksum).Distinct())));
        }

        var expected = Shape(journal, reference);
        var actual = Shape(theirs, platform);
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected.OrderBy(e => e.Key).ToList(), actual.OrderBy(e => e.Key).ToList());
        Assert.All(actual.Values, v => Assert.Equal((1, 1, 5), (v.Cold, v.Warmup, v.Warm)));
    }

    /// <summary>Starts the CLI, kills its ssh client (the connection) once two of the host's launches ended, and waits for the CLI to finish.</summary>
    private (int Exit, string Stderr) KillSshMidRun(string[] args, string journal)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "benchharness.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["BENCHHARNESS_HOME"] = ProjectLayout.Discover().Root;
        using var harness = Process.Start(start)!;
        var stderr = harness.StandardError.ReadToEndAsync();
        _ = harness.StandardOutput.ReadToEndAsync();
        var port = $"-p\0{_server.Ssh.Port}\0";
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var launches = File.Exists(journal) ? ReadShared(journal).Count(l => l.Contains("\"type\":\"launch\"", StringComparison.Ordinal)) : 0;
            var ssh = ProcessTable.Matching(l => l.StartsWith("ssh\0", StringComparison.Ordinal) && l.Contains(port, StringComparison.Ordinal) && l.Contains(" stamp ", StringComparison.Ordinal));
            if (launches >= 2 && ssh.Count > 0)
            {
                foreach (var process in ssh)
                {
                    using var kill = Process.Start("kill", ["-KILL", process[..process.IndexOf(':', StringComparison.Ordinal)]]);
                    kill.WaitForExit();
                }

                if (!harness.WaitForExit(TimeSpan.FromMinutes(5)))
                {
                    harness.Kill(entireProcessTree: true);
                    throw new TimeoutException("the run did not end after its host was lost");
                }

                return (harness.ExitCode, stderr.Result);
            }

            Thread.Sleep(20);
        }

        harness.Kill(entireProcessTree: true);
        throw new TimeoutException("the run never reached its host's third launch");
    }

    private static string[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }

    private static void AssertEventually(Func<bool> condition, string message)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), message);
            Thread.Sleep(100);
        }
    }
}
