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

    private const string TwoOrMore = "merge: give two or more run folders (each NAME=DIR or DIR), made on different machines";

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
        var output = arguments.GetValue(Out) ?? throw new BadInputException(BadInputKind.BadArgument, "merge: give --out DIR for the merged result and report.");
        var progress = ReportVerb.ProgressOf(arguments, ProjectLayout.Discover());
        var sources = (arguments.GetValue(Runs) ?? []).Select(Source).ToList();
        var across = arguments.Many(Compare).Select(Across).ToList();
        if (sources.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, $"{TwoOrMore}.");
        }

        // Merge refuses a single run of one machine: say what merge takes, with its flags.
        var merged = CommandLine.Worded(BadInputKind.BadArgument, _ => $"{TwoOrMore}, or one run of several machines (run --host) to compare across them with --compare.",
            () => RunMerger.Merge(sources, across));
        if (File.Exists(Path.Combine(output, JournalFile.FileName)))
        {
            throw new BadInputException(BadInputKind.AlreadyExists, output, $"merge: '{output}' already holds a run or a merge: choose another --out.");
        }

        using (var journal = JournalFile.OpenForAppend(output))
        {
            foreach (var record in RunMerger.Records(merged))
            {
                journal.Append(record);
            }
        }

        Console.Error.WriteLine($"merged {merged.Run.Machines!.Count} machines ({string.Join(", ", merged.Run.Machines!.Select(m => m.Name))}) into {output}");
        ReportVerb.Analyse(output, progress);
        return 0;
    }

    /// <summary><c>DIR</c> or <c>NAME=DIR</c>.</summary>
    internal static RunMerger.Source Source(string argument)
    {
        var eq = argument.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && !Directory.Exists(argument) && HostLoader.IsMachineName(argument[..eq])
            ? new RunMerger.Source(argument[(eq + 1)..], argument[..eq])
            : new RunMerger.Source(argument, null);
    }

    /// <summary><c>PLATFORM=BASELINE</c>.</summary>
    private static RunMerger.Across Across(string argument) =>
        argument.Split('=') is [var platform, var baseline] && platform.Length > 0 && baseline.Length > 0
            ? new RunMerger.Across(platform, baseline)
            : throw new BadInputException(BadInputKind.BadArgument, argument, $"--compare '{argument}': give PLATFORM=BASELINE with their merged names, e.g. windows-on-arm-prism@arm-laptop=native-jit@x86-pc.");
}
