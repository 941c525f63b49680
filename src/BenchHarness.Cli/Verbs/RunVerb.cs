using System.CommandLine;
using System.Globalization;
using BenchHarness.Cli.Inputs;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Pipeline;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Remote;
using BenchHarness.Core.Runner;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>run</c>: parse and plan, run, then analyse and export (the same step as <c>report</c>).</summary>
internal static class RunVerb
{
    private static readonly Option<string> Suite = CommandLine.Single("--suite", "NAME|FILE", "The suite: a shipped one (quick, default, regression, libreoffice) or a JSON file. Default: default.");
    private static readonly Option<string[]> Platform = CommandLine.Repeatable("--platform", "NAME|FILE|all",
        "A platform to run on: a shipped one, a JSON file, or all (every shipped one; unavailable ones are recorded with their reason). Repeatable. Default: the suite's own \"platforms\" if it names them, else all (every shipped platform but templates and opt-in ones).");
    private static readonly Option<string[]> Workload = CommandLine.Repeatable("--workload", "NAME", "Only this workload of the suite. Repeatable, or comma-separated.");
    private static readonly Option<string[]> Candidate = CommandLine.Repeatable("--candidate", "NAME=PATH|PACKAGE@VERSION",
        "Adds platform NAME with its emulator binary swapped for PATH, or for a Debian build fetched with emulators fetch (PACKAGE@VERSION), as NAME-candidate, run round by round beside NAME and compared with it. Repeatable.");
    private static readonly Option<bool> GateOnly = new("--gate-only")
    {
        Description = "Runs only the candidates (--candidate, or platforms with a \"reference\") and their references, without the native baselines "
            + "they are otherwise compared with beside them: a third fewer launches for one candidate, and no ratio or index against native.",
    };
    private static readonly Option<string[]> Host = CommandLine.Repeatable("--host", "FILE",
        "A remote machine, driven over ssh: a host file naming its ssh destination and the platforms to run there (as PLATFORM@HOST). Repeatable; the machines run at once. With --host, this machine runs only the platforms named by --platform.");
    private static readonly Option<string> Launches = CommandLine.Single("--launches", "N",
        "N fresh processes per cell instead of the suite's (for example as many as compare says a change needs).");
    private static readonly Option<string> Measure = CommandLine.Single("--measure", "time|instructions",
        "What a sample is: time (the default), or the host instructions of one warm invocation of the whole process, counted under valgrind (2 launches per cell unless --launches says otherwise; not for valgrind, Wine or commands).");
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "The run folder. Default: results/<date-time>.");
    private static readonly Option<string> Resume = CommandLine.Single("--resume", "DIR", "Finishes an interrupted run from its journal, then analyses and reports it.");

    public static Command Command(CancellationToken cancellation)
    {
        var command = new Command("run", """
            Runs a suite on platforms and writes DIR/journal.jsonl, result.json, report.md, report.html, results.csv and plots/.
            With --resume DIR, finishes an interrupted run instead.
            """)
        {
            Suite, Platform, Workload, Candidate, GateOnly, Host, Launches, Measure, Out, Resume, ReportVerb.Progress,
        };
        command.SetAction((parsed, _) => ExecuteAsync(parsed, cancellation));
        return command;
    }

    /// <summary>The exit code of a run in which no cell could be measured (its journal and report say why).</summary>
    public const int NothingMeasuredExit = 4;

    /// <summary>Parse and plan, run, then analyse and export.</summary>
    private static async Task<int> ExecuteAsync(ParseResult arguments, CancellationToken cancellation)
    {
        var layout = ProjectLayout.Discover();
        var progress = ReportVerb.ProgressOf(arguments, layout);
        var request = arguments.GetValue(Resume) is { } resume ? ResumeRequest(arguments, resume) : NewRequest(arguments, layout);
        await MeasureAsync(request, layout, cancellation);
        var result = ReportVerb.Analyse(request.Directory, progress);
        return ReportStep.NothingMeasured(result, JournalFile.Read(request.Directory).Launches.Count) ? NothingMeasuredExit : 0;
    }

    /// <summary>Runs a planned request (a new run, or the rest of an interrupted or extended one) into its folder's journal; <c>bisect</c> runs each of its steps so.</summary>
    internal static async Task MeasureAsync(RunRequest request, ProjectLayout layout, CancellationToken cancellation)
    {
        using var owned = new Owned();
        // Before anything is written: a host that refuses the login or whose key is unknown is bad input.
        var (records, sites) = HostConnector.Connect(request.Hosts, layout, request.Platforms, request.Suite, ProcessSweep.TokenFor(request.Directory), Progress, owned, describe: !request.Resuming);
        using var launcher = Prepare(request);
        var checker = new PlatformChecker(layout);
        await request.RunAsync(new BenchmarkRun(launcher, layout, p => checker.Check(p, needsProbe: WorkloadKinds.NeedProbe(request.Suite)), Progress, OfficeInputGenerators.Instance, sites), records, cancellation);
    }

    /// <summary>A new run: the suite, platforms and hosts the options name, into a folder that holds no run yet.</summary>
    private static RunRequest NewRequest(ParseResult arguments, ProjectLayout layout)
    {
        var loaded = SuiteLoader.Load(arguments.GetValue(Suite) ?? "default", layout, WorkloadCatalog.All.Select(w => w.Name).ToList(), OfficeInputGenerators.Instance.Names, WorkloadKinds.Validate);
        var measure = MeasureOf(arguments.GetValue(Measure));
        var launches = LaunchCount(arguments.GetValue(Launches)) ?? (measure == MeasureKind.Instructions ? InstructionCount.DefaultLaunches : null);
        var suite = SuiteLoader.WithMeasure(SuiteLoader.WithLaunches(SuiteLoader.Only(loaded, arguments.Many(Workload)), launches), measure);
        var requested = arguments.Many(Platform);
        var candidates = arguments.Many(Candidate).Select(CandidateBuildOf).ToList();
        var hosts = HostLoader.LoadAll(arguments.Many(Host), layout);
        var local = requested.Count > 0 || candidates.Count > 0
            ? CommandLine.Worded(BadInputKind.BadArgument, e => $"--candidate {e.Subject}: a native platform has no emulator binary to swap.", () => PlatformLoader.Select(requested, layout, candidates, suite.Baseline))
            : hosts.Count > 0 ? [] : PlatformLoader.Select(suite.Platforms ?? ["all"], layout, baseline: suite.Baseline);
        var platforms = local.Concat(hosts.SelectMany(h => HostLoader.Platforms(h, layout))).ToList();
        var gateOnly = arguments.GetValue(GateOnly);
        if (gateOnly)
        {
            platforms = [.. PlatformLoader.GateOnly(platforms)];
            if (platforms.Count == 0)
            {
                throw new BadInputException(BadInputKind.BadArgument,
                    "run --gate-only runs candidates against their references, and none was named: add --candidate NAME=PATH (or a platform file with a \"reference\"), or drop --gate-only.");
            }
        }

        var directory = arguments.GetValue(Out) ?? Path.Combine(layout.Root, "results", DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        // Before any host is connected to.
        CommandLine.Worded(BadInputKind.AlreadyExists, _ => $"'{directory}' already holds a run: finish it with --resume {directory}, or choose another --out.",
            () => BenchmarkRun.RefuseEarlierRun(directory));
        return new RunRequest(directory, suite, platforms, hosts, hosts.Count + (local.Count > 0 ? 1 : 0), Resuming: false, gateOnly);
    }

    /// <summary>A resume: the suite, platforms and hosts of the interrupted run, from its journal.</summary>
    private static RunRequest ResumeRequest(ParseResult arguments, string directory)
    {
        if (arguments.GetValue(Suite) is not null || arguments.Many(Platform).Count > 0 || arguments.Many(Workload).Count > 0 || arguments.Many(Candidate).Count > 0
            || arguments.GetValue(Launches) is not null || arguments.GetValue(Measure) is not null || arguments.Many(Host).Count > 0 || arguments.GetValue(GateOnly))
        {
            throw new BadInputException(BadInputKind.BadArgument, "run --resume takes the suite, workloads, platforms and hosts from the journal; drop --suite, --workload, --launches, --measure, --platform, --candidate, --gate-only and --host.");
        }

        var run = JournalFile.Read(directory).Run;
        if (run.Machines is not null)
        {
            throw new BadInputException(BadInputKind.BadArgument, directory, $"'{directory}' is a merge of runs, not a run: resume the runs it came from ({string.Join(", ", run.Machines.Select(m => m.Source).Distinct())}) and merge them again.");
        }

        return new RunRequest(directory, run.Suite, run.Platforms, run.Hosts.Select(h => h.Definition).ToList(), run.AllMachines().Count, Resuming: true, run.GateOnly == true);
    }

    /// <summary>
    /// This machine's processes, marked with the run folder's token. A new run's folder must be writable before anything
    /// is measured; a resume first ends what the interrupted run left running (a run killed outright could not).
    /// </summary>
    private static SystemProcessLauncher Prepare(RunRequest request)
    {
        if (!request.Resuming)
        {
            CheckWritable(request.Directory);
            Console.Error.WriteLine(request.Summary);
        }

        var sweep = new ProcessSweep(ProcessSweep.TokenFor(request.Directory));
        var launcher = new SystemProcessLauncher(sweep);
        if (request.Resuming && launcher.EndLeftovers() is { Count: > 0 } leftovers)
        {
            Console.Error.WriteLine($"ended {leftovers.Count} processes the interrupted run had left running: {string.Join(", ", leftovers)}");
        }

        if (sweep.OtherRuns() is { Count: > 0 } others)
        {
            Console.Error.WriteLine($"warning: another run is measuring on this machine ({string.Join(", ", others.Take(3))}): the two share its CPUs, so both runs' times "
                + "are disturbed (host-instruction counts are not); for times to publish, let it end first.");
        }

        return launcher;
    }

    private static void Progress(string line) => Console.Error.WriteLine(line);

    /// <summary>What the run's remote hosts opened (their ssh launchers): ended with the run.</summary>
    private sealed class Owned : List<IDisposable>, IDisposable
    {
        public void Dispose() => ForEach(d => d.Dispose());
    }

    internal static MeasureKind MeasureOf(string? text) => text switch
    {
        null or "time" => MeasureKind.Time,
        "instructions" => MeasureKind.Instructions,
        _ => throw new BadInputException(BadInputKind.BadArgument, text, $"--measure {text}: time or instructions{(Words.Nearest(text, ["time", "instructions"]) is { } near ? $" (did you mean {near}?)" : "")}."),
    };

    private static int? LaunchCount(string? text) =>
        text is null ? null
        : !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? throw new BadInputException(BadInputKind.BadArgument, text, $"--launches needs a whole number of fresh processes per cell, not '{text}'.")
        : n < 1 ? throw new BadInputException(BadInputKind.BadArgument, text, $"--launches {n}: needs at least 1 fresh process per cell.")
        : n > SuiteLoader.MostLaunches ? throw new BadInputException(BadInputKind.BadArgument, text, $"--launches {n}: at most 1,000 fresh processes per cell (more is a typo that would run for weeks).")
        : n;

    /// <summary><c>--candidate NAME=PATH</c>: a shipped platform and the emulator binary to use instead of its own.</summary>
    internal static CandidateBuild CandidateBuildOf(string spec)
    {
        var split = spec.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0 || split == spec.Length - 1)
        {
            throw new BadInputException(BadInputKind.BadArgument, spec, $"--candidate '{spec}': give NAME=PATH, a shipped platform and the emulator binary to use instead of its own (e.g. qemu-aarch64=/opt/qemu/bin/qemu-aarch64).");
        }

        var path = spec[(split + 1)..];
        return new CandidateBuild(spec[..split], path.Contains('/', StringComparison.Ordinal) ? Path.GetFullPath(path) : path);
    }

    /// <summary>Before anything is measured: the run folder can be made and written to.</summary>
    private static void CheckWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(BadInputKind.Setup, directory, $"--out '{directory}' cannot be written: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
