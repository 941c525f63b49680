using System.Text;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.TextOperations;

namespace BenchHarness.Tests.Unit;

public sealed class TextOperationTests
{
    [Fact]
    public void Words_are_runs_of_letters_with_inner_apostrophes()
    {
        Assert.Equal(["It's", "a", "well", "known", "fact", "café"], Words.Of("It's a well-known fact: 42 café."));
    }

    [Fact]
    public void Suggestions_are_the_dictionary_words_one_edit_away()
    {
        var dictionary = new HashSet<string> { "the", "then", "ten", "tea", "teeth" };

        // "teh": transposing e,h gives "the"; substituting h gives "ten" and "tea"; "teeth" is two edits away.
        Assert.Equal(["tea", "ten", "the"], SpellChecker.Suggest("teh", dictionary));
        // "thne": deleting n gives "the"; transposing n,e gives "then".
        Assert.Equal(["the", "then"], SpellChecker.Suggest("thne", dictionary));
        Assert.Empty(SpellChecker.Suggest("xyzzy", dictionary));
    }

    [Fact]
    public void Find_and_replace_swaps_each_phrase_and_counts_it()
    {
        var (result, count) = FindReplaceWorkload.Apply("The quarterly report and the Annual Budget; annual reports stay.");

        Assert.Equal("The report (quarterly) and the Budget (Annual); annual reports stay.", result);
        Assert.Equal(2, count);
    }

    [Fact]
    public void Gb18030_encodes_common_and_supplementary_characters_as_the_standard_says()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030");

        // 中 is D6 D0 (two bytes, GB2312 range); U+20000 (CJK Extension B) is the four-byte sequence 95 32 82 36.
        Assert.Equal(new byte[] { 0xD6, 0xD0 }, gb.GetBytes("中"));
        Assert.Equal(new byte[] { 0x95, 0x32, 0x82, 0x36 }, gb.GetBytes("\U00020000"));
        var text = Gb18030Workload.Generate(InputSize.Small, 42);
        Assert.Equal(text, gb.GetString(gb.GetBytes(text)));
    }

    [Fact]
    public void The_embedded_word_list_holds_the_scowl_words()
    {
        var words = WordList.Load().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.InRange(words.Length, 60_000, 70_000);
        Assert.Contains("budget", words);
        Assert.All(words.Take(1000), w => Assert.Matches("^[a-z]+$", w));
    }
}
