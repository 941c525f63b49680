namespace BenchHarness.Workloads.TextOperations;

/// <summary>
/// Suggestions for an unknown word: the dictionary words one edit away (a deletion, a transposition of neighbours,
/// a substitution or an insertion of a–z), after Norvig, "How to Write a Spelling Corrector" (2007).
/// </summary>
public static class SpellChecker
{
    public static IReadOnlyList<string> Suggest(string word, IReadOnlySet<string> dictionary)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        void Try(string candidate)
        {
            if (dictionary.Contains(candidate))
            {
                found.Add(candidate);
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                Try(word.Remove(i, 1));
            }

            if (i < word.Length - 1)
            {
                Try(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2)));
            }

            for (var c = 'a'; c <= 'z'; c++)
            {
                if (i < word.Length)
                {
                    Try(string.Concat(word.AsSpan(0, i), new string(c, 1), word.AsSpan(i + 1)));
                }

                Try(word.Insert(i, new string(c, 1)));
            }
        }

        return found.ToList();
    }
}
