using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.TextOperations;

/// <summary>
/// Spell-check a long document against a 64,000-word dictionary and suggest corrections for every unknown word:
/// the candidates one edit away (deletion, transposition, substitution, insertion) that are in the dictionary,
/// as in Norvig's "How to Write a Spelling Corrector" (2007).
/// </summary>
public sealed class SpellCheckWorkload : IWorkload
{
    public string Name => "text-spellcheck";

    public string Family => "text";

    public string Description => "Spell-check a long document against a 64,000-word dictionary, with suggestions for each unknown word";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(context.Inputs.Text(), WordList.Load());

    private sealed class Prepared(string text, string wordList) : IPreparedWorkload
    {
        public ulong Run()
        {
            var dictionary = new HashSet<string>(wordList.Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            var checksum = new Checksum();
            var unknown = 0;
            foreach (var word in Words.Of(text))
            {
                var lower = word.ToLowerInvariant();
                if (dictionary.Contains(lower))
                {
                    continue;
                }

                unknown++;
                var suggestions = SpellChecker.Suggest(lower, dictionary);
                checksum.Add(lower);
                checksum.Add(suggestions.Count);
                checksum.Add(suggestions.Count > 0 ? suggestions[0] : "");
            }

            checksum.Add(unknown);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
