namespace BenchHarness.Workloads.TextOperations;

/// <summary>The spell-checker's dictionary, embedded in the probe: SCOWL's american-english word list.</summary>
public static class WordList
{
    public static string Load()
    {
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream("american-english.txt")
            ?? throw new InvalidOperationException("The embedded word list is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
