using System.CommandLine;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Merge;
using BenchHarness.Core.Model;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>merge DIR… --out DIR [--compare PLATFORM=BASELINE…]</c>: runs made on different machines as one result and report.</summary>
internal static class MergeVerb
{
    private static readonly Argument<string[]> Runs = CommandLine.Folders("The runs to merge, each DIR or NAME=DIR (NAME: the machine's name in the report; by default its network name).");
    private static readonly Option<string> Out = CommandLine.Single("--out", "DIR", "The merged run's folder: journal.jsonl, result.json, the reports and plots.");
    private static readonly Option<string[]> Compare = CommandLine.Repeatable("--compare", "PLATFORM=BASELINE",
        "Also compares PLATFORM with BASELINE of another machine (merged names, e.g. box64@arm-box=native-aot@x86-pc); reported as a comparison of different machines. Repeatable.");

    public static Command Command()
    {
        var command = new Command("merge", """
            Merges runs of one suite made on different machines into one result and report, with the machine as a dimension:
            each run's platforms are named PLATFORM@MACHINE and ratios are taken within a machine; a comparison across machines
            is made only when named with --compare, and is labelled as one.
            """)
        {
            Runs, Out, Compare, ReportVerb.Progress,
        };
        command.SetAction(Execute);
        return command;
    }

    private static int Execute(ParseResult arguments)
    {
        var output = arguments.GetValue(Out) ?? throw new BadInputException("merge: give --out DIR for the merged result and report.");
        var progress = ProgressTableLoader.Load(arguments.GetValue(ReportVerb.Progress) ?? ProgressTableLoader.Default, ProjectLayout.Discover());
        var merged = RunMerger.Merge((arguments.GetValue(Runs) ?? []).Select(RunMerger.ParseSource).ToList(), arguments.Many(Compare).Select(RunMerger.ParseAcross).ToList());
        if (File.Exists(Path.Combine(output, JournalFile.FileName)))
        {
            throw new BadInputException($"merge: '{output}' already holds a run or a merge: choose another --out.");
        }

        using (var journal = JournalFile.OpenForAppend(output))
        {
            foreach (var record in RunMerger.Records(merged))
            {
                journal.Append(record);
            }
        }

        Console.Error.WriteLine($"merged {merged.Run.Machines!.Count} machines ({string.Join(", ", merged.Run.Machines!.Select(m => m.Name))}) into {output}");
        return ReportVerb.Analyse(output, progress);
    }
}
