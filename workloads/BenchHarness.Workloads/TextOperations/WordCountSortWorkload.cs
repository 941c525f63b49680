using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.TextOperations;

/// <summary>Word count and a word-frequency table, then the document's lines sorted: a document's statistics and a sorted list.</summary>
public sealed class WordCountSortWorkload : IWorkload
{
    public string Name => "text-wordcount-sort";

    public string Family => "text";

    public string Description => "Count the words of a long document, tabulate their frequencies and sort its lines";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(context.Inputs.Text());

    private sealed class Prepared(string text) : IPreparedWorkload
    {
        public ulong Run()
        {
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var total = 0;
            foreach (var word in Words.Of(text))
            {
                total++;
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }

            var table = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.ToLowerInvariant(), StringComparer.Ordinal).ToList();
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Array.Sort(lines, StringComparer.Ordinal);
            var checksum = new Checksum();
            checksum.Add(total);
            checksum.Add(table.Count);
            foreach (var (word, count) in table.Take(100))
            {
                checksum.Add(word.ToLowerInvariant());
                checksum.Add(count);
            }

            checksum.Add(lines[0]);
            checksum.Add(lines[^1]);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
