using System.Globalization;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>run</c>: parse, plan and run, then analyse and export (the same as <c>report</c>).</summary>
internal static class RunVerb
{
    public static async Task<int> ExecuteAsync(IEnumerable<string> args, CancellationToken cancellation)
    {
        var arguments = Arguments.Parse(args, "run", "suite", "platform", "workload", "candidate", "launches", "out", "resume", "progress").WithoutPositionals("run");

        var layout = ProjectLayout.Discover();
        var progress = ProgressTableLoader.Load(arguments.Single("progress") ?? ProgressTableLoader.Default, layout);
        var checker = new PlatformChecker(layout);
        string directory;
        if (arguments.Single("resume") is { } resume)
        {
            if (arguments.Single("suite") is not null || arguments.Many("platform").Count > 0 || arguments.Many("workload").Count > 0 || arguments.Many("candidate").Count > 0
                || arguments.Single("launches") is not null)
            {
                throw new BadInputException("run --resume takes the suite, workloads and platforms from the journal; drop --suite, --workload, --launches, --platform and --candidate.");
            }

            directory = resume;
            using var launcher = Launcher(directory);
            // A run killed outright (SIGKILL) could not end what it had started: its processes carry the same mark.
            if (launcher.EndLeftovers() is { Count: > 0 } leftovers)
            {
                Console.Error.WriteLine($"ended {leftovers.Count} processes the interrupted run had left running: {string.Join(", ", leftovers)}");
            }

            await new BenchmarkRun(launcher, layout, checker.Check, Progress).ResumeAsync(directory, cancellation);
        }
        else
        {
            var loaded = SuiteLoader.Load(arguments.Single("suite") ?? "default", layout, WorkloadCatalog.All.Select(w => w.Name).ToList());
            var suite = SuiteLoader.WithLaunches(SuiteLoader.Only(loaded, arguments.Many("workload")), Launches(arguments.Single("launches")));
            var requested = arguments.Many("platform");
            var candidates = arguments.Many("candidate");
            var platforms = PlatformLoader.Select(requested.Count > 0 || candidates.Count > 0 ? requested : ["all"], layout, candidates);
            directory = arguments.Single("out") ?? Path.Combine(layout.Root, "results", DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            CheckWritable(directory);
            Console.Error.WriteLine($"suite {suite.Name} ({suite.Size} inputs, {suite.Workloads.Count} workloads) on {platforms.Count} platforms → {directory}");
            using var launcher = Launcher(directory);
            await new BenchmarkRun(launcher, layout, checker.Check, Progress).StartAsync(suite, platforms, directory, cancellation);
        }

        return ReportVerb.Analyse(directory, progress);
    }

    private static void Progress(string line) => Console.Error.WriteLine(line);

    /// <summary>Real processes, marked with the run folder's token so that a resume finds what a killed run left.</summary>
    private static SystemProcessLauncher Launcher(string directory) => new(new ProcessSweep(ProcessSweep.TokenFor(directory)));

    private static int? Launches(string? text) =>
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
