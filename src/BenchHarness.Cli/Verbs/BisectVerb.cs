using System.CommandLine;
using System.Globalization;
using BenchHarness.Cli.Inputs;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Bisect;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Pipeline;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Runner;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Cli.Verbs;

/// <summary>
/// <c>bisect BUILD… --platform P --out DIR</c>: the first bad build of an ordered list (first good, last bad), each step a
/// gate-only run (<c>run --gate-only</c>'s machinery) of one build against the first, extended by launches until the gate
/// decides or the budget is spent. Emulator users bisect such regressions by hand and ask for this (box64 #3038 and #2152,
/// FEX-Emu #5283); the search follows asv's <c>find</c>, Chromium's Pinpoint and the Phoronix Test Suite's git bisect
/// (<see cref="BisectSearch"/>). Parse, plan, search (run and gate each step), export.
/// </summary>
internal static class BisectVerb
{
    private static readonly Argument<string[]> Builds = CommandLine.Folders(
        "The emulator builds, in order, the first good and the last bad: each as --candidate takes it after NAME= (the path of the emulator binary).", "BUILD");
    private static readonly Option<string> Platform = CommandLine.Single("--platform", "NAME", "The shipped platform whose emulator binary is swapped for each build (e.g. qemu-aarch64).");
    private static readonly Option<string> Workload = CommandLine.Single("--workload", "NAME", "The workload a build is bad for. Default: the whole suite (a build is bad when any workload regressed).");
    private static readonly Option<string> Suite = CommandLine.Single("--suite", "NAME|FILE", "The suite each step runs (its launches are the batch added at each look). Default: regression.");
    private static readonly Option<string> ThresholdOption = CommandLine.Single("--threshold", "PERCENT", "The slowdown against the first build that makes a build bad, e.g. 5% or 0.05. Default: 5%.");
    private static readonly Option<string> Budget = CommandLine.Single("--budget", "N", "The most launches per build one pair is given before it is called undecided. Default: three batches.");
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "Where bisect.md, bisect.json and each step's run (DIR/step-1 …) go.");
    private static readonly Option<string> MeasureOption = CommandLine.Single("--measure", "time|instructions",
        "What each step measures: time (the default), or host instructions counted under valgrind (run --measure instructions; then each look adds 2 launches, and a threshold of 1% is within reach).");

    public static Command Command(CancellationToken cancellation)
    {
        var command = new Command("bisect", """
            Finds the first bad build of an ordered list of emulator builds (the first good, the last bad) for a workload or the
            suite, measuring only the builds a binary search needs: each against the first build, in a gate-only run, with more
            launches until the gate decides or --budget is spent. Prints each step, writes bisect.md and bisect.json; exits 0
            (found), 3 (a pair undecided within the budget, or the last build not bad), 2 (bad input).
            """)
        {
            Builds, Platform, Workload, Suite, ThresholdOption, Budget, Out, MeasureOption,
        };
        command.SetAction((parsed, _) => ExecuteAsync(parsed, cancellation));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult arguments, CancellationToken cancellation)
    {
        var layout = ProjectLayout.Discover();
        var words = arguments.GetValue(Builds) ?? [];
        if (words.Length < 3)
        {
            throw new BadInputException(BadInputKind.BadArgument, $"bisect: give three or more builds in order, the first good and the last bad ({Counted.Of(words.Length, "was", "were")} given).");
        }

        var platform = arguments.GetValue(Platform) ?? throw new BadInputException(BadInputKind.BadArgument, "bisect: give --platform NAME, the shipped platform whose emulator binary each build replaces (e.g. qemu-aarch64).");
        var directory = arguments.GetValue(Out) ?? throw new BadInputException(BadInputKind.BadArgument, "bisect: give --out DIR for bisect.md, bisect.json and the steps' runs.");
        if (File.Exists(Path.Combine(directory, "bisect.json")) || Directory.Exists(Path.Combine(directory, BisectStep.FolderName(1))))
        {
            throw new BadInputException(BadInputKind.AlreadyExists, directory, $"bisect: '{directory}' already holds a bisect: choose another --out.");
        }

        var shipped = PlatformLoader.Shipped(layout, includeTemplates: true);
        var platforms = words.Select((word, i) => PlatformOf(platform, word, i + 1, shipped, new Core.Builds.BuildStore(layout))).ToList();
        var builds = platforms.Select((p, i) => new BisectBuild(i + 1, words[i], p.Launcher[0])).ToList();
        var workload = arguments.GetValue(Workload);
        var loaded = SuiteLoader.Load(arguments.GetValue(Suite) ?? "regression", layout, WorkloadCatalog.All.Select(w => w.Name).ToList(), OfficeInputGenerators.Instance.Names, WorkloadKinds.Validate);
        var measure = RunVerb.MeasureOf(arguments.GetValue(MeasureOption));
        var only = workload is null ? loaded : SuiteLoader.Only(loaded, [workload]);
        // Counted, a look adds the launches a counting run makes by default, not the suite's timed ones.
        var suite = SuiteLoader.WithMeasure(measure == MeasureKind.Instructions ? SuiteLoader.WithLaunches(only, InstructionCount.DefaultLaunches) : only, measure);
        var threshold = CompareVerb.Threshold(arguments.GetValue(ThresholdOption));
        var budget = BudgetOf(arguments.GetValue(Budget), suite.Launches, GateRule.Paired(suite.Measure).MinimumRounds);
        var rule = GateRule.Paired(suite.Measure);
        var schedule = LookSchedule.Of(suite.Launches, budget, Gate.Alpha, rule.MinimumRounds, rule.SignFlip);
        var settings = new BisectSettings(platform, workload, suite.Name, threshold, schedule, directory);
        var progress = ProgressTableLoader.Load(ProgressTableLoader.Default, layout);

        async Task<BisectLook> Measure(LookRequest look, CancellationToken token)
        {
            var folder = Path.Combine(directory, BisectStep.FolderName(look.Step));
            var pair = new[] { platforms[look.Pair.Good - 1], platforms[look.Pair.Build - 1] with { Reference = platforms[look.Pair.Good - 1].Name } };
            if (look.Look > 1)
            {
                BenchmarkRun.Extend(folder, look.Launches);
            }

            var request = look.Look == 1
                ? new RunRequest(folder, SuiteLoader.WithLaunches(suite, look.Launches), pair, [], 1, Resuming: false, GateOnly: true)
                : new RunRequest(folder, JournalFile.Read(folder).Run.Suite, pair, [], 1, Resuming: true, GateOnly: true);
            await RunVerb.MeasureAsync(request, layout, token);
            var result = new ReportStep(ReportVerb.Exporters, Console.Error, Console.Error).Write(folder, progress);
            var gate = GateBuilder.Paired(result, folder, threshold, 2 * threshold, look.Alpha);
            ExportWriter.Save(folder, [new ExportedFile("compare.md", System.Text.Encoding.UTF8.GetBytes(CompareReport.Markdown(gate))), new ExportedFile("compare.json", CompareReport.Json(gate))]);
            return BisectSearch.LookOf(gate, look.Launches);
        }

        Console.Error.WriteLine($"bisect: {Counted.Of(builds.Count, "build", "builds")} on {platform}, {workload ?? $"suite {suite.Name}"}; each pair looked at every {schedule.Batch} launches up to {schedule.Budget} ({schedule.Looks} looks at α {schedule.AlphaPerLook:0.####} each) → {directory}");
        var bisect = await new BisectSearch(Measure, line => Console.Error.WriteLine($"bisect: {line}")).RunAsync(builds, settings, cancellation);
        ExportWriter.Save(directory, [new ExportedFile("bisect.md", System.Text.Encoding.UTF8.GetBytes(BisectReport.Markdown(bisect))), new ExportedFile("bisect.json", BisectReport.Json(bisect))]);
        Console.WriteLine(BisectReport.Summary(bisect));
        Console.WriteLine($"bisect.md, bisect.json: {directory}");
        return bisect.ExitCode;
    }

    /// <summary>
    /// One BUILD word: parsed as the right-hand side of <c>run --candidate NAME=…</c> (<see cref="RunVerb.CandidateBuildOf"/>, then
    /// <see cref="PlatformLoader.Candidate"/>, which also resolve what they learn to resolve), named PLATFORM-build-N; build 1 is the reference.
    /// </summary>
    internal static PlatformDefinition PlatformOf(string platform, string word, int number, IReadOnlyList<PlatformDefinition> shipped, Core.Builds.BuildStore store)
    {
        var build = RunVerb.CandidateBuildOf($"{platform}={word}");
        var candidate = CommandLine.Worded(BadInputKind.MissingFile, e => Core.Builds.BuildName.IsBuildName(word) ? $"bisect: build {number}: {e.Message}" : $"bisect: build {number}, {e.Subject}, does not exist: give the path of the emulator binary to measure (or PACKAGE@VERSION, a fetched build).",
            () => CommandLine.Worded(BadInputKind.BadArgument, _ => $"bisect --platform {platform}: a native platform has no emulator binary to swap for each build; name an emulator's platform (e.g. qemu-aarch64).",
                () => PlatformLoader.Candidate(build, shipped, [], store)));
        return candidate with { Name = $"{platform}-build-{number}", Reference = null };
    }

    private static int BudgetOf(string? text, int batch, int fewest) =>
        text is null ? Math.Max(3 * batch, fewest)
        : !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? throw new BadInputException(BadInputKind.BadArgument, text, $"bisect: --budget needs a whole number of launches per build, not '{text}'.")
        : n < fewest ? throw new BadInputException(BadInputKind.BadArgument, text, $"bisect: --budget {n}: the gate decides on at least {fewest} launches per build.")
        : n > SuiteLoader.MostLaunches ? throw new BadInputException(BadInputKind.BadArgument, text, $"bisect: --budget {n}: at most 1,000 launches per build.")
        : n;
}
