namespace BenchHarness.Workloads.TextOperations;

/// <summary>Splits text into words the way a word processor counts them: runs of letters, apostrophes inside.</summary>
public static class Words
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || (text[i] == '\'' && start >= 0));
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
