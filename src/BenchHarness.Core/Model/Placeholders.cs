using System.Text.RegularExpressions;

namespace BenchHarness.Core.Model;

/// <summary>
/// The one placeholder syntax of definitions, <c>${NAME}</c>: a platform's environment (<c>${STATE}</c>, an environment
/// variable) and a command's arguments (<c>${INPUTS}</c>, <c>${FRESH}</c>, <c>${FRESH_URL}</c>, <c>${OUT}</c>).
/// </summary>
/// <remarks>
/// <c>${…}</c> was kept over <c>{…}</c> because it is the shell's syntax, which the platform files already used, and
/// because a bare brace is common in real arguments (LibreOffice's filter options are JSON). Suites written before
/// issue 24 named a command's words <c>{inputs}</c>, <c>{fresh}</c>, <c>{fresh-url}</c> and <c>{out}</c>: a suite
/// file or a journal holding them is still read (<see cref="Expand(string, IReadOnlyDictionary{string, string})"/>).
/// </remarks>
public static partial class Placeholders
{
    /// <summary>Replaces each <c>${NAME}</c> with <paramref name="value"/>(NAME); one it gives null for is left as written.</summary>
    public static string Expand(string text, Func<string, string?> value) =>
        Variable().Replace(text, match => value(match.Groups[1].Value) ?? match.Value);

    /// <summary>A command's words: each <c>${NAME}</c> of <paramref name="words"/> replaced, the old <c>{name}</c> read as <c>${NAME}</c>; any other left as written.</summary>
    public static string Expand(string text, IReadOnlyDictionary<string, string> words) =>
        Expand(OldWord().Replace(text, match => "${" + match.Groups[1].Value.ToUpperInvariant().Replace('-', '_') + "}"), words.GetValueOrDefault);

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"(?<!\$)\{(inputs|fresh-url|fresh|out)\}")]
    private static partial Regex OldWord();
}
