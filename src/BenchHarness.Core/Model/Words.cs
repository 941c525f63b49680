using System.Text.Json;

namespace BenchHarness.Core.Model;

/// <summary>The word a value of the vocabulary is written as, in result.json, the journal and the reports alike: <c>CellStatus.Ok</c> is <c>ok</c>.</summary>
public static class Words
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The instruction-set extensions a guest's runtime saw, as the progress lines and the report write them.</summary>
    public static string OfExtensions(IReadOnlyList<string> isa) => isa.Count == 0 ? "no extension" : string.Join(' ', isa);

    /// <summary>The known word within a third of its length in edits (at least 2) of <paramref name="word"/>, the nearest first.</summary>
    public static string? Nearest(string word, IEnumerable<string> known) =>
        known.Select(k => (Word: k, Distance: Distance(word, k)))
            .Where(k => k.Distance <= Math.Max(2, k.Word.Length / 3))
            .OrderBy(k => k.Distance)
            .Select(k => k.Word)
            .FirstOrDefault();

    /// <summary>Levenshtein's edit distance (insertions, deletions, substitutions), by the usual two-row dynamic programme.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
