using System.CommandLine;
using System.Globalization;
using BenchHarness.Cli.Inputs;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Remote;
using BenchHarness.Core.Runner;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>run</c>: parse, plan and run, then analyse and export (the same as <c>report</c>).</summary>
internal static class RunVerb
{
    private static readonly Option<string> Suite = CommandLine.Single("--suite", "NAME|FILE", "The suite: a shipped one (quick, default, regression) or a JSON file. Default: default.");
    private static readonly Option<string[]> Platform = CommandLine.Repeatable("--platform", "NAME|FILE|all",
        "A platform to run on: a shipped one, a JSON file, or all (every shipped one; unavailable ones are recorded with their reason). Repeatable. Default: all.");
    private static readonly Option<string[]> Workload = CommandLine.Repeatable("--workload", "NAME", "Only this workload of the suite. Repeatable.");
    private static readonly Option<string[]> Candidate = CommandLine.Repeatable("--candidate", "NAME=PATH",
        "Adds platform NAME with its emulator binary swapped for PATH (NAME-candidate), run round by round beside NAME and compared with it. Repeatable.");
    private static readonly Option<string[]> Host = CommandLine.Repeatable("--host", "FILE",
        "A remote machine, driven over ssh: a host file naming its ssh destination and the platforms to run there (as PLATFORM@HOST). Repeatable; the machines run at once. With --host, this machine runs only the platforms named by --platform.");
    private static readonly Option<string> Launches = CommandLine.Single("--launches", "N",
        "N fresh processes per cell instead of the suite's (for example as many as compare says a change needs).");
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "The run folder. Default: results/<date-time>.");
    private static readonly Option<string> Resume = CommandLine.Single("--resume", "DIR", "Finishes an interrupted run from its journal, then analyses and reports it.");

    public static Command Command(CancellationToken cancellation)
    {
        var command = new Command("run", """
            Runs a suite on platforms and writes DIR/journal.jsonl, result.json, report.md, report.html, results.csv and plots/.
            With --resume DIR, finishes an interrupted run instead.
            """)
        {
            Suite, Platform, Workload, Candidate, Host, Launches, Out, Resume, ReportVerb.Progress,
        };
        command.SetAction((parsed, _) => ExecuteAsync(parsed, cancellation));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult arguments, CancellationToken cancellation)
    {
        var layout = ProjectLayout.Discover();
        var progress = ProgressTableLoader.Load(arguments.GetValue(ReportVerb.Progress) ?? ProgressTableLoader.Default, layout);
        var checker = new PlatformChecker(layout);
        string directory;
        if (arguments.GetValue(Resume) is { } resume)
        {
            if (arguments.GetValue(Suite) is not null || arguments.Many(Platform).Count > 0 || arguments.Many(Workload).Count > 0 || arguments.Many(Candidate).Count > 0
                || arguments.GetValue(Launches) is not null || arguments.Many(Host).Count > 0)
            {
                throw new BadInputException("run --resume takes the suite, workloads, platforms and hosts from the journal; drop --suite, --workload, --launches, --platform, --candidate and --host.");
            }

            directory = resume;
            var run = JournalFile.Read(directory).Run;
            if (run.Machines is not null)
            {
                throw new BadInputException($"'{directory}' is a merge of runs, not a run: resume the runs it came from ({string.Join(", ", run.Machines.Select(m => m.Source).Distinct())}) and merge them again.");
            }

            var journaled = run.Suite;
            using var launcher = Launcher(directory);
            using var owned = new Owned();
            var (_, sites) = HostConnector.Connect(run.Hosts.Select(h => h.Definition).ToList(), layout, run.Platforms, journaled, ProcessSweep.TokenFor(directory), Progress, owned, describe: false);
            // A run killed outright (SIGKILL) could not end what it had started: its processes carry the same mark.
            if (launcher.EndLeftovers() is { Count: > 0 } leftovers)
            {
                Console.Error.WriteLine($"ended {leftovers.Count} processes the interrupted run had left running: {string.Join(", ", leftovers)}");
            }

            await new BenchmarkRun(launcher, layout, p => checker.Check(p, needsProbe: !journaled.OnlyCommands), Progress, OfficeInputGenerators.Instance, sites).ResumeAsync(directory, cancellation);
        }
        else
        {
            var loaded = SuiteLoader.Load(arguments.GetValue(Suite) ?? "default", layout, WorkloadCatalog.All.Select(w => w.Name).ToList(), OfficeInputGenerators.Instance.Names, WorkloadKinds.Validate);
            var suite = SuiteLoader.WithLaunches(SuiteLoader.Only(loaded, arguments.Many(Workload)), LaunchCount(arguments.GetValue(Launches)));
            var requested = arguments.Many(Platform);
            var candidates = arguments.Many(Candidate);
            var hosts = HostLoader.LoadAll(arguments.Many(Host), layout);
            var local = requested.Count > 0 || candidates.Count > 0 ? PlatformLoader.Select(requested, layout, candidates)
                : hosts.Count > 0 ? [] : PlatformLoader.Select(suite.Platforms ?? ["all"], layout);
            var platforms = local.Concat(hosts.SelectMany(h => HostLoader.Platforms(h, layout))).ToList();
            directory = arguments.GetValue(Out) ?? Path.Combine(layout.Root, "results", DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            // Before any host is connected to.
            BenchmarkRun.RefuseEarlierRun(directory);
            using var owned = new Owned();
            // Before anything is written: a host that refuses the login or whose key is unknown is bad input.
            var (records, sites) = HostConnector.Connect(hosts, layout, platforms, suite, ProcessSweep.TokenFor(directory), Progress, owned);
            CheckWritable(directory);
            var machines = hosts.Count + (local.Count > 0 ? 1 : 0);
            Console.Error.WriteLine($"suite {suite.Name} ({suite.Size} inputs, {suite.Workloads.Count} workloads) on {platforms.Count} platforms"
                + (hosts.Count > 0 ? $" of {machines} machine{(machines == 1 ? "" : "s")}" : "") + $" → {directory}");
            using var launcher = Launcher(directory);
            await new BenchmarkRun(launcher, layout, p => checker.Check(p, needsProbe: !suite.OnlyCommands), Progress, OfficeInputGenerators.Instance, sites)
                .StartAsync(suite, platforms, directory, cancellation, records);
        }

        return ReportVerb.Analyse(directory, progress);
    }

    private static void Progress(string line) => Console.Error.WriteLine(line);

    /// <summary>What the run's remote hosts opened (their ssh launchers): ended with the run.</summary>
    private sealed class Owned : List<IDisposable>, IDisposable
    {
        public void Dispose() => ForEach(d => d.Dispose());
    }

    /// <summary>Real processes, marked with the run folder's token so that a resume finds what a killed run left.</summary>
    private static SystemProcessLauncher Launcher(string directory) => new(new ProcessSweep(ProcessSweep.TokenFor(directory)));

    private static int? LaunchCount(string? text) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new BadInputException($"--launches needs a whole number of fresh processes per cell, not '{text}'.");

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
            throw new BadInputException($"--out '{directory}' cannot be written: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
