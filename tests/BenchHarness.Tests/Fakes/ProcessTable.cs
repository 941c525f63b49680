namespace BenchHarness.Tests.Fakes;

/// <summary>The machine's processes as /proc lists them, read without the harness's help (its sweep is what the tests check).</summary>
internal static class ProcessTable
{
    /// <summary>
    /// The live processes (zombies left out: they have exited) whose raw command line, its words each ended by a NUL,
    /// matches; each as "PID: command line".
    /// </summary>
    public static IReadOnlyList<string> Matching(Func<string, bool> commandLine)
    {
        var found = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            try
            {
                var line = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (commandLine(line) && !File.ReadAllText(Path.Combine(directory, "stat")).Contains(") Z ", StringComparison.Ordinal))
                {
                    found.Add($"{Path.GetFileName(directory)}: {line.Replace('\0', ' ')}");
                }
            }
            catch (IOException)
            {
                // Gone since the listing.
            }
        }

        return found;
    }
}
