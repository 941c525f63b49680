using BenchHarness.Core.Model;

namespace BenchHarness.Cli;

/// <summary>
/// A verb's arguments: <c>--name value</c> options (repeatable), flags (<c>--name</c> alone; known as <c>name!</c>) and
/// positionals, checked against what the verb knows.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = [];

    public List<string> Positionals { get; } = [];

    public static Arguments Parse(IEnumerable<string> args, string verb, params string[] known)
    {
        var parsed = new Arguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? value = null;
            if (name.Contains('='))
            {
                value = name[(name.IndexOf('=') + 1)..];
                name = name[..name.IndexOf('=')];
            }

            var flag = known.Contains(name + "!");
            if (!known.Contains(name) && !flag)
            {
                throw new BadInputException($"{verb}: unknown option --{name} (known: {string.Join(", ", known.Select(k => "--" + k.TrimEnd('!')))}).");
            }

            if (flag)
            {
                value = value is null or "true" ? "true" : throw new BadInputException($"{verb}: --{name} is a flag; it takes no value.");
            }
            else if (value is null)
            {
                value = e.MoveNext() ? e.Current : throw new BadInputException($"{verb}: --{name} needs a value.");
            }

            if (!parsed._options.TryGetValue(name, out var list))
            {
                parsed._options[name] = list = [];
            }

            list.Add(value);
        }

        return parsed;
    }

    /// <summary>Fails with the verb's name when a positional argument was given to a verb that takes none.</summary>
    public Arguments WithoutPositionals(string verb) =>
        Positionals.Count == 0 ? this : throw new BadInputException($"{verb}: unexpected argument '{Positionals[0]}'.");

    /// <summary>Whether a flag was given.</summary>
    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Single(string name) =>
        _options.TryGetValue(name, out var values) ? values.Count == 1 ? values[0] : throw new BadInputException($"--{name} is given {values.Count} times.") : null;

    /// <summary>Every value of a repeatable option; commas also separate values.</summary>
    public IReadOnlyList<string> Many(string name) =>
        _options.TryGetValue(name, out var values) ? values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() : [];
}
