using System.Text;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// Long office prose for the text workloads: paragraphs of sentences from <see cref="Vocabulary"/>, with about
/// one word in fifty mistyped (two letters swapped), the way real drafts are.
/// </summary>
public static class TextGenerator
{
    public static int WordCount(InputSize size) => size == InputSize.Small ? 20_000 : 200_000;

    public static string Generate(InputSize size, int seed)
    {
        var random = new InputRandom(seed);
        var text = new StringBuilder();
        var words = WordCount(size);
        var inSentence = 0;
        var sentenceLength = random.Next(6, 18);
        for (var i = 0; i < words; i++)
        {
            var word = Vocabulary.Words[random.Next(Vocabulary.Words.Length)];
            if (word.Length > 3 && random.Next(50) == 0)
            {
                var at = random.Next(word.Length - 1);
                word = string.Concat(word.AsSpan(0, at), word.AsSpan(at + 1, 1), word.AsSpan(at, 1), word.AsSpan(at + 2));
            }

            text.Append(inSentence == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            if (++inSentence == sentenceLength)
            {
                text.Append(random.Next(8) == 0 ? ".\n" : ". ");
                inSentence = 0;
                sentenceLength = random.Next(6, 18);
            }
            else
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}
