using System.CommandLine;
using BenchHarness.Cli.Verbs;
using BenchHarness.Core.Model;

namespace BenchHarness.Cli;

/// <summary>
/// The <c>benchharness</c> command on System.CommandLine: a verb per command, <c>--help</c> on each, suggestions for
/// misspelt options and verbs. A line that does not parse is bad input like any other: one line, exit code 2.
/// </summary>
internal static partial class CommandLine
{
    public const string Summary = "benchharness: how much slower office work is under an emulator, with confidence intervals.";

    public const string ExitCodes = "Exit codes: 0 done, 1 compare found a regression, 2 bad input (one line on stderr), 3 undecided (compare, bisect), 4 nothing measured (run), 130 interrupted.";

    public static RootCommand Build(CancellationToken cancellation)
    {
        var root = new RootCommand($"{Summary}\n\n{ExitCodes}")
        {
            RunVerb.Command(cancellation),
            ReportVerb.Command(),
            CompareVerb.Command(),
            HistoryVerb.Command(),
            BisectVerb.Command(cancellation),
            DissectVerb.Command(),
            MeasuresVerb.Command(),
            MergeVerb.Command(),
            EmulatorsVerb.Command(),
            PlatformsVerb.Command(),
            WorkloadsVerb.Command(),
        };
        // No verb, or `help`: the overview, as --help prints it.
        var help = new Command("help", "Prints this overview.") { Hidden = true };
        help.SetAction(_ => root.Parse(["--help"]).Invoke());
        root.Subcommands.Add(help);
        root.SetAction(_ => root.Parse(["--help"]).Invoke());
        return root;
    }

    /// <summary>Parses and runs one command line; a line that does not parse is bad input. Exceptions reach the caller.</summary>
    public static Task<int> InvokeAsync(string[] args, CancellationToken cancellation)
    {
        // No response files: an argument that starts with @ is a name, not a file of more arguments.
        var parsed = Build(cancellation).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, Describe(parsed));
        }

        // The harness's own handlers (Program) end a run on Ctrl-C and SIGTERM, ending what it started.
        return parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, CancellationToken.None);
    }

    /// <summary>A line that does not parse, as one line: its first error and, for a misspelt word, the nearest one the verb knows.</summary>
    public static string Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var verb = command is RootCommand ? "" : $"{command.Name}: ";
        var unmatched = (result.UnmatchedTokens.Count > 0 ? result.UnmatchedTokens[0] : null) ?? result.Errors.Select(e => OptionLike().Match(e.Message)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        var meant = unmatched is null ? null : Words.Nearest(unmatched, command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            .Concat(command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)).Where(k => k != unmatched));
        var help = command is RootCommand ? "benchharness --help" : $"benchharness {command.Name} --help";
        return $"{verb}{result.Errors[0].Message.TrimEnd('.')}{(meant is null ? "" : $"; did you mean {meant}?")} (see: {help})";
    }

    /// <summary>A run folder argument (or another list of words, named <paramref name="name"/>) that looks like an option is an option the verb does not know, not a folder.</summary>
    public static Argument<string[]> Folders(string description, string name = "DIR")
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith("--", StringComparison.Ordinal)) is { } option)
            {
                result.AddError($"Unknown option {option.Value}");
            }
        });
        return argument;
    }

    [System.Text.RegularExpressions.GeneratedRegex("(--[A-Za-z][A-Za-z-]*)")]
    private static partial System.Text.RegularExpressions.Regex OptionLike();

    /// <summary>Calls into Core; bad input of <paramref name="kind"/> it throws is worded again in the verb's terms (its flags).</summary>
    public static T Worded<T>(BadInputKind kind, Func<BadInputException, string> words, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (BadInputException e) when (e.Kind == kind)
        {
            throw e.Reworded(words(e));
        }
    }

    /// <inheritdoc cref="Worded{T}"/>
    public static void Worded(BadInputKind kind, Func<BadInputException, string> words, Action call) => Worded(kind, words, () =>
    {
        call();
        return true;
    });

    /// <summary>Every value of a repeatable option; commas also separate values (<c>--platform a,b</c>).</summary>
    public static IReadOnlyList<string> Many(this ParseResult result, Option<string[]> option) =>
        (result.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    /// <summary>A repeatable option: <c>--platform a --platform b</c>.</summary>
    public static Option<string[]> Repeatable(string name, string valueName, string description) =>
        new(name) { Description = description, HelpName = valueName, AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.OneOrMore };

    public static Option<string> Single(string name, string valueName, string description) =>
        new(name) { Description = description, HelpName = valueName };
}
