namespace BenchHarness.Core.Platforms;

/// <summary>
/// Requirements checked on a remote host in one POSIX sh script: each prints <c>missing REASON</c> when it is not met
/// (or <c>version TEXT</c>), and the script ends with <c>checked</c>, so that a script cut short is not taken for a pass.
/// </summary>
public static class ShellCheck
{
    private const string MissingWord = "missing";

    public const string VersionWord = "version";

    private const string Done = "checked";

    /// <summary>The script for the requirements that need the host's shell (the others have none, <see cref="Requirement.Shell"/>).</summary>
    public static string Script(IEnumerable<Requirement> requirements) =>
        string.Concat(requirements.Select(r => r.Shell()).OfType<string>().Select(line => line + "\n")) + $"echo {Done}\n";

    /// <summary>A sh line that prints the reason when <paramref name="test"/> fails.</summary>
    public static string Missing(string test, string reason) => $"{test} || echo {PosixShell.Quote($"{MissingWord} {reason}")}";

    /// <summary>What the script printed: the first thing missing, else the version; null when it did not run to its end.</summary>
    public static Finding? Read(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!lines.Contains(Done))
        {
            return null;
        }

        var version = Field(lines, VersionWord);
        return new Finding(Field(lines, MissingWord), string.IsNullOrEmpty(version) ? null : version);
    }

    private static string? Field(string[] lines, string word) =>
        lines.FirstOrDefault(l => l.StartsWith(word + " ", StringComparison.Ordinal))?[(word.Length + 1)..].Trim();
}
