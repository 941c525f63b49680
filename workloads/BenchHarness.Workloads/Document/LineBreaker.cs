namespace BenchHarness.Workloads.Document;

/// <summary>
/// Greedy line breaking (first fit), as most word processors do it: tokens go on the line until the next
/// would overflow, then the line ends at the last break opportunity. A token wider than the line stands alone.
/// </summary>
public static class LineBreaker
{
    /// <summary>Returns, per line, the index of its first token.</summary>
    public static List<int> Break(IReadOnlyList<TextToken> tokens, Func<TextToken, double> width, double space, double lineWidth)
    {
        var starts = new List<int>();
        if (tokens.Count == 0)
        {
            return starts;
        }

        starts.Add(0);
        var used = 0.0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = starts[^1];
            var needed = width(tokens[i]) + (i > start && tokens[i].SpaceBefore ? space : 0);
            if (used + needed > lineWidth && i > start)
            {
                var breakAt = i;
                while (breakAt > start && !tokens[breakAt].BreakBefore)
                {
                    breakAt--;
                }

                if (breakAt > start)
                {
                    starts.Add(breakAt);
                    used = 0;
                    for (var j = breakAt; j <= i; j++)
                    {
                        used += width(tokens[j]) + (j > breakAt && tokens[j].SpaceBefore ? space : 0);
                    }

                    continue;
                }
            }

            used += needed;
        }

        return starts;
    }
}
