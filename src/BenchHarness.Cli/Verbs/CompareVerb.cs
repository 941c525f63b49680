using System.CommandLine;
using System.Globalization;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;

namespace BenchHarness.Cli.Verbs;

/// <summary>
/// <c>compare RUN_DIR</c> (candidates against their references) or <c>compare BASE_DIR CAND_DIR</c> (two runs):
/// prints the gate, writes compare.md and compare.json, and exits 1 on a regression, 3 when none regressed but some
/// row could not be decided, 0 only when every row was decided and none regressed.
/// </summary>
internal static class CompareVerb
{
    public const double DefaultThreshold = 0.05;

    private static readonly Argument<string[]> Runs = CommandLine.Folders("One run folder (its candidates against their references), or two (a base run, then a candidate run).");
    private static readonly Option<string> ThresholdOption = CommandLine.Single("--threshold", "PERCENT", "The slowdown that counts as a regression, e.g. 5% or 0.05. Default: 5%.");
    private static readonly Option<string> ChangeOption = CommandLine.Single("--change", "PERCENT", "The true slowdown the launches should catch with 80% power (what launchesNeeded is for), above the threshold. Default: twice the threshold.");
    private static readonly Option<string[]> Aa = CommandLine.Repeatable("--aa", "DIR", "Two runs: an A/A run of this machine (the same builds, like for like with the base run); give two or more, or every timed row is undecided.");
    private static readonly Option<bool> Force = new("--force") { Description = "Compares two runs that are not like for like." };
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "Where compare.md and compare.json go. Default: the candidate run's folder.");

    public static Command Command()
    {
        var command = new Command("compare", """
            Gates candidates against their references (one run, paired round by round) or a run against an earlier one (two runs;
            refused unless like for like, or --force): prints the table, writes compare.md and compare.json, exits 1 when a
            workload regressed: slower beyond the threshold, or newly crashed, timed out, incorrect, missing; exits 3 when
            none regressed but some workload could not be decided (too noisy, too few launches); 0 only when all were decided.
            """)
        {
            Runs, ThresholdOption, ChangeOption, Aa, Force, Out,
        };
        command.SetAction(Execute);
        return command;
    }

    private static int Execute(ParseResult arguments)
    {
        var threshold = Threshold(arguments.GetValue(ThresholdOption));
        var change = Change(arguments.GetValue(ChangeOption), threshold);
        var aaFolders = arguments.Many(Aa);
        var force = arguments.GetValue(Force);
        var positionals = arguments.GetValue(Runs) ?? [];
        GateResult gate;
        switch (positionals)
        {
            case [var run]:
                var result = ResultFile.Read(run);
                gate = CommandLine.Worded(BadInputKind.BadArgument, _ => $"compare {run}: the run has no candidate (a platform with a \"reference\", or run --candidate NAME=PATH); to compare two runs, give both folders.",
                    () => GateBuilder.Paired(result, run, threshold, change));
                if (aaFolders.Count > 0)
                {
                    throw new BadInputException(BadInputKind.BadArgument, "compare: --aa is for two runs (a base run and a candidate run); one run pairs its candidates with their references round by round.");
                }

                break;
            case [var baseRun, var candidateRun]:
                var (reference, candidate) = (ResultFile.Read(baseRun), ResultFile.Read(candidateRun));
                var differences = LikeForLike.Differences(reference, candidate);
                if (differences.Count > 0 && !force)
                {
                    throw new BadInputException(BadInputKind.NotLikeForLike, candidateRun, $"compare: the runs are not like for like — {string.Join("; ", differences)} (compare anyway with --force).");
                }

                var aa = aaFolders.Select(folder => (Folder: folder, Run: ResultFile.Read(folder))).ToList();
                foreach (var (folder, run) in aa)
                {
                    if (LikeForLike.Differences(reference, run) is { Count: > 0 } unlike)
                    {
                        throw new BadInputException(BadInputKind.NotLikeForLike, folder, $"compare: the A/A run {folder} is not like for like with {baseRun} — {string.Join("; ", unlike)}.");
                    }
                }

                if (aa.GroupBy(a => a.Run.Started).FirstOrDefault(g => g.Count() > 1) is { } twice)
                {
                    throw new BadInputException(BadInputKind.NotLikeForLike, twice.First().Folder, $"compare: the A/A run {twice.First().Folder} is given twice (the same run started at {twice.Key:u}).");
                }

                gate = GateBuilder.Runs(reference, baseRun, candidate, candidateRun, aa.Select(a => a.Run).ToList(), threshold, change, differences);
                break;
            default:
                throw new BadInputException(BadInputKind.BadArgument, "compare: give one run folder (its candidates against their references) or two (a base run, then a candidate run).");
        }

        var directory = arguments.GetValue(Out) ?? positionals[^1];
        Directory.CreateDirectory(directory);
        ExportWriter.Save(directory, [new ExportedFile("compare.md", System.Text.Encoding.UTF8.GetBytes(CompareReport.Markdown(gate))), new ExportedFile("compare.json", CompareReport.Json(gate))]);
        Console.Write(CompareReport.Terminal(gate));
        Console.WriteLine($"compare.md, compare.json: {directory}");
        return gate.ExitCode;
    }

    /// <summary><c>10%</c> or <c>0.10</c>, above the threshold; twice the threshold when not given.</summary>
    internal static double Change(string? text, double threshold)
    {
        if (text is null)
        {
            return 2 * threshold;
        }

        var change = Share(text, "--change");
        return change > threshold ? change : throw new BadInputException(BadInputKind.BadArgument, text, $"compare: --change {text} must be above the threshold ({Percent.Text(threshold)}): it is the slowdown the gate should catch.");
    }

    /// <summary><c>5%</c> or <c>0.05</c>; between 0 and 1.</summary>
    internal static double Threshold(string? text) => text is null ? DefaultThreshold : Share(text, "--threshold");

    private static double Share(string text, string flag)
    {
        var percent = text.EndsWith('%');
        if (!double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new BadInputException(BadInputKind.BadArgument, text, $"compare: {flag} '{text}' is not a number (e.g. 5% or 0.05).");
        }

        value = percent ? value / 100 : value;
        return value is > 0 and < 1 ? value : throw new BadInputException(BadInputKind.BadArgument, text, $"compare: {flag} {text} must lie between 0% and 100%.");
    }
}
