using System.CommandLine;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;

namespace BenchHarness.Cli.Verbs;

/// <summary>
/// <c>measures RUN RUN</c>: a timed run and a counting run of the same suite side by side, workload by workload — the time
/// ratio beside the host-instruction ratio to the same baseline, how well they agree, and plots/measures.
/// </summary>
internal static class MeasuresVerb
{
    private static readonly Argument<string[]> Runs = CommandLine.Folders("Two run folders of the same suite, inputs and machine: one timed (run), one counted (run --measure instructions), in either order.", "RUN");
    private static readonly Option<bool> Force = new("--force") { Description = "Puts side by side two runs that differ in more than their measure (suite, inputs, machine, harness or probe builds)." };
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "Where measures.md, measures.json and plots/measures go. Default: the counting run's folder.");

    public static Command Command()
    {
        var command = new Command("measures", """
            Puts a timed run and a counting run (run --measure instructions) of the same suite side by side: per emulated
            platform and workload, the time ratio and the host-instruction ratio to the same baseline with their intervals,
            time ÷ instructions, and how close the two lie to each other (Lin's concordance); writes measures.md,
            measures.json and plots/measures.png and .svg.
            """)
        {
            Runs, Force, Out,
        };
        command.SetAction(Execute);
        return command;
    }

    private static int Execute(ParseResult arguments)
    {
        if (arguments.GetValue(Runs) is not [var first, var second])
        {
            throw new BadInputException(BadInputKind.BadArgument, "measures: give two run folders, one timed and one counted (run --measure instructions).");
        }

        var (a, b) = (ResultFile.Read(first), ResultFile.Read(second));
        var (time, timeRun, instructions, instructionRun) = MeasureAgreement.Sorted(a, first, b, second)
            ?? throw new BadInputException(BadInputKind.NotLikeForLike, second, $"measures: both runs measured {LikeForLike.MeasureName(a)}: give one timed run and one counted with run --measure instructions.");
        var differences = LikeForLike.Differences(time, instructions).Where(d => !d.StartsWith("measure:", StringComparison.Ordinal)).ToList();
        if (differences.Count > 0 && !arguments.GetValue(Force))
        {
            throw new BadInputException(BadInputKind.NotLikeForLike, instructionRun, $"measures: the runs differ in more than their measure — {string.Join("; ", differences)} (put them side by side anyway with --force).");
        }

        // Each run named by its folder and start, not its path: the files read the same wherever the two folders are.
        static string Label(string folder, RunResult run) => $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))} (started {Format.Time(run.Started)})";
        var agreement = MeasureAgreement.Of(time, Label(timeRun, time), instructions, Label(instructionRun, instructions), differences);
        if (agreement.Rows.Count == 0)
        {
            throw new BadInputException(BadInputKind.NotLikeForLike, instructionRun, $"measures: {timeRun} and {instructionRun} share no emulated platform and workload with a ratio to the same baseline.");
        }

        var directory = arguments.GetValue(Out) ?? instructionRun;
        Directory.CreateDirectory(directory);
        ExportWriter.Save(directory, [
            new ExportedFile("measures.md", System.Text.Encoding.UTF8.GetBytes(MeasuresReport.Markdown(agreement, plotted: true))),
            new ExportedFile("measures.json", MeasuresReport.Json(agreement)),
            .. Plots.MeasuresChart.Export(agreement),
        ]);
        Console.Write(MeasuresReport.Terminal(agreement));
        Console.WriteLine($"measures.md, measures.json, plots/measures.png and .svg: {directory}");
        return 0;
    }
}
