namespace BenchHarness.Workloads.Document;

/// <summary>
/// A unit of line breaking: a Latin word, or one CJK character (Chinese is written without spaces and may
/// break between any two characters, except before closing punctuation, which stays with what it closes).
/// </summary>
public sealed record TextToken(string Text, bool Bold, bool Italic, bool Cjk, bool SpaceBefore, bool BreakBefore);

public static class TextTokens
{
    private const string ClosingPunctuation = "，。、；：？！）」』》";

    /// <summary>Splits styled runs into tokens; a word split across two runs stays unbreakable.</summary>
    public static List<TextToken> Split(IEnumerable<TextRun> runs)
    {
        var tokens = new List<TextToken>();
        var space = false;
        foreach (var run in runs)
        {
            var wordStart = -1;
            for (var i = 0; i <= run.Text.Length; i++)
            {
                var c = i < run.Text.Length ? run.Text[i] : ' ';
                var cjk = IsCjk(c);
                if (wordStart >= 0 && (c == ' ' || cjk))
                {
                    Add(tokens, run.Text[wordStart..i], run, cjk: false, ref space);
                    wordStart = -1;
                }

                if (c == ' ')
                {
                    space = i < run.Text.Length || space;
                }
                else if (cjk)
                {
                    Add(tokens, c.ToString(), run, cjk: true, ref space);
                }
                else if (wordStart < 0)
                {
                    wordStart = i;
                }
            }
        }

        return tokens;
    }

    /// <summary>CJK ideographs, CJK symbols and punctuation, and full-width forms.</summary>
    public static bool IsCjk(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    private static void Add(List<TextToken> tokens, string text, TextRun run, bool cjk, ref bool space)
    {
        var previous = tokens.Count > 0 ? tokens[^1] : null;
        var breakBefore = previous is not null && (space || ((cjk || previous.Cjk) && !ClosingPunctuation.Contains(text[0])));
        tokens.Add(new TextToken(text, run.Bold, run.Italic, cjk, space && previous is not null, breakBefore));
        space = false;
    }
}
