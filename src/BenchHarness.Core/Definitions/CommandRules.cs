using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>What a command workload in a suite file must satisfy; each broken rule is said in one line.</summary>
public static partial class CommandRules
{
    /// <summary>The rules of a suite entry with a command: its name, then its command's.</summary>
    public static void Validate(SuiteWorkload workload, CommandWorkload command, KnownNames known, Action<string> problem)
    {
        if (known.Workloads.Contains(workload.Name))
        {
            problem($"the command '{workload.Name}' has the name of a probe workload: name it differently");
        }

        if (!NamePattern().IsMatch(workload.Name))
        {
            problem($"the command '{workload.Name}' needs a name of lower-case letters, digits and '-'");
        }

        Validate(command, line => problem($"command '{workload.Name}': {line}"), known.Generators);
    }

    public static void Validate(CommandWorkload command, Action<string> problem, IReadOnlyCollection<string> knownGenerators)
    {
        if (command.Program.Count == 0)
        {
            problem("program must name the program for at least one runtime (\"linux-x64\": \"/usr/bin/…\")");
        }

        foreach (var (runtime, program) in command.Program.Concat(command.Empty))
        {
            if (!runtime.Contains('-') || !Path.IsPathFullyQualified(program))
            {
                problem($"'{runtime}': '{program}' must be an absolute path, under a runtime such as linux-x64");
            }
        }

        if (string.IsNullOrWhiteSpace(command.Cold))
        {
            problem("cold must say what the first invocation of a launch is cold against (a fresh profile, an emptied cache …)");
        }

        foreach (var argv in command.Prepare.Concat(command.CleanUp))
        {
            if (argv.Count == 0 || string.IsNullOrWhiteSpace(argv[0]))
            {
                problem("a prepare or clean-up command needs a program");
            }
        }

        ValidateInputs(command.Inputs, problem, knownGenerators);
        ValidateOutput(command.Output, problem);
    }

    private static void ValidateInputs(IReadOnlyList<CommandInput> inputs, Action<string> problem, IReadOnlyCollection<string> knownGenerators)
    {
        foreach (var input in inputs)
        {
            if (string.IsNullOrWhiteSpace(input.File) || input.File != Path.GetFileName(input.File) || input.File is "." or "..")
            {
                problem($"input '{input.File}' must be a plain file name");
            }

            if ((input.Generator is null) == (input.Path is null))
            {
                problem($"input '{input.File}' needs either a generator or a path, not both or neither");
            }

            if (input.Generator is { } generator && !knownGenerators.Contains(generator))
            {
                problem($"input '{input.File}': unknown generator '{generator}' (known: {(knownGenerators.Count > 0 ? string.Join(", ", knownGenerators) : "none")})");
            }

            if (input.Path is { } supplied)
            {
                // Before anything is measured: a supplied document must exist and must not be a zip bomb.
                try
                {
                    DocumentGuard.Check(supplied);
                }
                catch (BadInputException e)
                {
                    problem($"input '{input.File}': {e.Message}");
                }
            }

            if (input.Count is < 1 or > 10_000_000)
            {
                problem($"input '{input.File}': count must lie between 1 and 10,000,000");
            }
        }

        if (inputs.Select(i => i.File).Distinct(StringComparer.Ordinal).Count() != inputs.Count)
        {
            problem("an input file is listed twice");
        }
    }

    private static void ValidateOutput(OutputCheck output, Action<string> problem)
    {
        if (string.IsNullOrWhiteSpace(output.File))
        {
            problem("output.file must name the file every invocation writes");
        }

        if (output.Pages is { } pages && (pages.Count != 2 || pages[0] < 0 || pages[0] > pages[1]))
        {
            problem("output.pages must be [lowest, highest] page count, lowest ≤ highest");
        }

        if (output.Bytes is { } bytes && (bytes.Count != 2 || bytes[0] < 0 || bytes[0] > bytes[1]))
        {
            problem("output.bytes must be [smallest, largest] size in bytes, smallest ≤ largest");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex NamePattern();
}
