using System.Globalization;
using BenchHarness.Core.Model;
using BenchHarness.Protocol;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Core.Runner;

/// <summary>
/// The instruction measure (<c>run --measure instructions</c>): each launch of the probe runs, with its platform's
/// launcher, under valgrind's callgrind with instrumentation off, so that start-up and preparation cost valgrind's
/// translation only. The probe stands still after its ready line and before and after each warm invocation
/// (<c>--pause warm</c>); while it waits on stdin the host tells valgrind, through <c>vgdb</c>, to switch counting on,
/// zero or dump its counters, and then lets it go, or stops it once the launch has counted <see cref="CountBudget"/>.
/// A sample is the host instructions of one warm invocation of the
/// whole process (the emulator, its translated code and its helpers; or the native probe); a start-up workload is
/// counted from process start to the ready line. Valgrind counts exactly (a single-threaded machine, the same
/// instructions every time): what varies between counts is the program's own non-determinism (threads, timers).
/// The dumps stay in the run's <c>instructions/</c> folder, by function, for <c>dissect</c>.
/// </summary>
public static class InstructionCount
{
    /// <summary>
    /// Warm invocations counted per launch, each one sample: valgrind runs a process tens of times slower. At least one
    /// warm-up invocation comes first, uncounted: the first invocation after the cold one runs other instructions than the
    /// next (native document-render 74.9 M, then 78.5 M twice), a difference a count would carry as if it were noise.
    /// </summary>
    public const int InvocationsPerLaunch = 3;

    /// <summary>
    /// Host instructions a launch counts before it lets the probe stop: once its counted invocations reach this many, the
    /// next is not started (the probe's stop answer to its pause, protocol 4), so a workload whose one invocation takes
    /// minutes to count is counted once per launch, and its spread comes from the launches. About a minute of valgrind's
    /// counting here (50 to 230 M instructions a second); a budget in instructions, not seconds, so that a launch counts
    /// the same invocations on any machine. Measured 2026-12-03: picture-insert under qemu-aarch64 counts 37.9 G per
    /// invocation, 5.5 minutes each (docs/performance.md, "What counting host instructions costs").
    /// </summary>
    public const long CountBudget = 6_000_000_000;

    /// <summary>Launches per cell when <c>run --measure instructions</c> names no <c>--launches</c>: two counts show whether they agree.</summary>
    public const int DefaultLaunches = 2;

    /// <summary>
    /// Launches a counting run makes at once on this machine: one per core. Valgrind runs a process one thread at a time,
    /// so a counting launch keeps one core busy, and a count, unlike a time, is not slowed by what runs beside it: a run of
    /// the regression suite in two lanes counted what one in one lane did on its exact workloads, and within the spread of
    /// each launch's own invocations on those whose counts follow the clock (the garbage collector's background thread;
    /// docs/method.md, "Host instructions: the second measure"). A timed run never runs launches at once.
    /// </summary>
    public static int Lanes => Math.Max(1, Environment.ProcessorCount);

    /// <summary>A launch under valgrind takes far longer than the suite's time limit foresees: at least this.</summary>
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMinutes(30);

    /// <summary>How long a monitor command may take: vgdb wakes a process blocked in a system call at once, one that runs at its next poll.</summary>
    private static readonly TimeSpan VgdbLimit = TimeSpan.FromMinutes(2);

    /// <summary>The folder of a run where the dumps are kept.</summary>
    public const string Folder = "instructions";

    /// <summary>Why a platform cannot be counted on this machine; null when it can.</summary>
    public static string? Unavailable(PlatformDefinition platform) =>
        platform.Remote is not null ? "instructions are counted on this machine only (with its valgrind)"
        : platform.Launcher.Count > 0 && Path.GetFileName(platform.Launcher[0]) == "valgrind" ? "valgrind cannot run under valgrind: its instructions are not counted"
        : platform.Target.Os == "win" ? "Wine does not run under valgrind: its instructions are not counted"
        : Platforms.HostPlatform.FindProgram("valgrind") is null || Platforms.HostPlatform.FindProgram("vgdb") is null ? "counting instructions needs valgrind and vgdb (Debian package valgrind)"
        : null;

    /// <summary>The file a launch's counts are dumped to (valgrind appends .1, .2, … per dump).</summary>
    public static string OutputFile(string runDirectory, string platform, string workload, int round, int attempt) =>
        Path.Combine(runDirectory, Folder, $"{platform}.{workload}.{round.ToString(CultureInfo.InvariantCulture)}.{attempt.ToString(CultureInfo.InvariantCulture)}.callgrind");

    /// <summary>valgrind's argv before the launch's own: callgrind, counting off until told (on at start for a start-up workload).</summary>
    public static IReadOnlyList<string> Valgrind(string outputFile, bool countFromStart) =>
    [
        "valgrind", "--tool=callgrind", $"--instr-atstart={(countFromStart ? "yes" : "no")}", "--smc-check=all-non-file",
        "--compress-strings=no", "--compress-pos=no", "--vgdb=yes", $"--callgrind-out-file={outputFile}",
    ];

    /// <summary>Whether a launch counts another warm invocation after <paramref name="counted"/> invocations of <paramref name="instructions"/> in all.</summary>
    public static bool CountsAnother(int counted, long instructions) => counted == 0 || (counted < InvocationsPerLaunch && instructions < CountBudget);

    /// <summary>What the host tells valgrind at a pause of the probe, in order (vgdb's monitor commands of callgrind).</summary>
    public static IReadOnlyList<string> CommandsAt(string at, int iteration, bool startUp) => (at, startUp) switch
    {
        (ProbeProtocol.At.Ready, true) => ["dump", "instrumentation off"],
        (ProbeProtocol.At.Before, false) => [iteration == 0 ? "instrumentation on" : "zero"],
        (ProbeProtocol.At.After, false) => ["dump"],
        _ => [],
    };

    public static async Task<AttemptEnd> RunAttemptAsync(Attempt attempt, CancellationToken cancellation)
    {
        var (launch, suite, site) = (attempt.Launch, attempt.Suite, attempt.Run.Site);
        var startUp = WorkloadCatalog.Find(launch.Workload)?.MeasuresStartUp == true;
        var output = OutputFile(attempt.Journal.Directory, launch.Platform.Name, launch.Workload, launch.Round, attempt.Number);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        foreach (var stale in Directory.GetFiles(Path.GetDirectoryName(output)!, Path.GetFileName(output) + "*"))
        {
            File.Delete(stale);
        }

        var counted = suite with
        {
            Warmup = Math.Max(suite.Warmup, 1), Iterations = InvocationsPerLaunch, MaxSecondsPerLaunch = 86_400,
            TimeoutSeconds = Math.Max(suite.TimeoutSeconds, ShortestTimeout.TotalSeconds),
        };
        var probe = LaunchCommand.Run(launch.Platform, counted, launch.Workload, site.Place, attempt.Inputs);
        // Each dump's total, read once as it is written: the budget needs it before the next invocation.
        var (counts, instructions) = (new List<long?>(), 0L);
        string? failure = null;
        var spec = probe with
        {
            Argv = [.. Valgrind(output, startUp), .. probe.Argv, ProbeProtocol.Option.Pause, ProbeProtocol.PauseWarm],
            Answer = (line, pid) =>
            {
                if (ProbeMessage.TryParse(line) is not { Type: ProbeProtocol.Message.Pause } pause)
                {
                    return null;
                }

                var at = pause.Text(ProbeProtocol.Field.At) ?? "";
                if (!startUp && at == ProbeProtocol.At.Before && !CountsAnother(counts.Count, instructions))
                {
                    return ProbeProtocol.StopLine;
                }

                foreach (var command in CommandsAt(at, (int)(pause.Number(ProbeProtocol.Field.Iteration) ?? 0), startUp))
                {
                    failure ??= Vgdb(pid, command);
                    if (command == "dump")
                    {
                        counts.Add(Summary($"{output}.{(counts.Count + 1).ToString(CultureInfo.InvariantCulture)}"));
                        instructions += counts[^1] ?? 0;
                    }
                }

                return ProbeProtocol.GoLine;
            },
        };

        var session = new ProbeSession();
        var checksums = new List<string>();
        var outcome = await site.Launcher.RunAsync(spec, (line, elapsedNs) =>
        {
            if (session.Accept(line, elapsedNs) is { Kind: SampleKind.Warm } sample)
            {
                checksums.Add(sample.Checksum);
            }

            return false;
        }, cancellation).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();

        var (status, error) = ProbeKind.Judge(launch.Platform, outcome, session);
        var expected = startUp ? 1 : Math.Max(1, counts.Count);
        if (status == CellStatus.Ok && (failure ?? Missing(counts, expected, checksums.Count, startUp)) is { } problem)
        {
            (status, error) = (CellStatus.Crashed, $"the instructions were not counted: {problem}");
        }

        var warm = new List<long>();
        if (status == CellStatus.Ok && !startUp)
        {
            for (var i = 0; i < expected; i++)
            {
                attempt.Sample(SampleKind.Warm, counts[i]!.Value, checksums[i]);
                warm.Add(counts[i]!.Value);
            }
        }

        // Times under valgrind mean nothing: the start-up is not recorded, and a start-up workload's ready is its count.
        var record = ProbeKind.Recorded(attempt, status, error, outcome, session) with { StartupNs = null, ReadyNs = status == CellStatus.Ok && startUp ? counts[0] : null };
        return new AttemptEnd(record, warm, TargetReached: false);
    }

    /// <summary>What is missing from a launch's counts, or null: one dump per counted invocation (one for a start-up workload), each with its total.</summary>
    private static string? Missing(List<long?> counts, int expected, int checksums, bool startUp) =>
        counts.Count != expected ? $"{counts.Count} dumps, {expected} expected"
        : counts.Any(c => c is null) ? "a dump without its summary line"
        : !startUp && checksums < expected ? $"{checksums} warm samples for {expected} counts"
        : null;

    /// <summary>The total of a callgrind dump (its <c>summary:</c> line), or null when there is none.</summary>
    public static long? Summary(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith("summary:", StringComparison.Ordinal)) is { } line
                && long.TryParse(line["summary:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture, out var total) ? total : null
            : null;

    /// <summary>Sends one monitor command to the valgrind process; why it failed, or null.</summary>
    private static string? Vgdb(int pid, string command) =>
        Builds.Tool.Run(["vgdb", $"--pid={pid.ToString(CultureInfo.InvariantCulture)}", .. command.Split(' ')], VgdbLimit) switch
        {
            null => "vgdb could not be started",
            { ExitCode: 0 } => null,
            var failed => $"vgdb {command}: {failed.Reason}",
        };
}
