using System.Text;

namespace BenchHarness.Core.Platforms;

/// <summary>Words for a POSIX shell (a remote host's login shell, a requirement's <see cref="Requirement.Shell"/>).</summary>
public static class PosixShell
{
    /// <summary>Words quoted for a POSIX shell: each in single quotes, so that nothing in them is interpreted.</summary>
    public static string Quote(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    public static string Quote(string word)
    {
        if (word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%".Contains(c, StringComparison.Ordinal)))
        {
            return word;
        }

        var quoted = new StringBuilder("'");
        foreach (var c in word)
        {
            quoted.Append(c == '\'' ? "'\\''" : c.ToString());
        }

        return quoted.Append('\'').ToString();
    }
}
