namespace BenchHarness.Core.Analysis;

/// <summary>
/// Benjamini-Hochberg adjusted p-values ("Controlling the false discovery rate: a practical and powerful
/// approach to multiple testing", J. R. Stat. Soc. B 57(1), 1995): p₍ᵢ₎·m/i, made monotone from the largest
/// down, at most 1. A platform is compared on every workload of the suite at once; unadjusted, seventeen tests
/// at α = 0.05 would flag at least one workload of a platform against itself in more than half of all runs.
/// When nothing differs, the adjusted p-values keep the chance of any flag at α; when much differs (an
/// emulator), they stay close to the unadjusted ones.
/// </summary>
public static class FalseDiscoveryRate
{
    /// <summary>The adjusted p-values in the order given; null stays null and does not count as a test.</summary>
    public static IReadOnlyList<double?> Adjust(IReadOnlyList<double?> pValues)
    {
        var tested = pValues.Select((p, i) => (P: p, Index: i)).Where(x => x.P is not null).OrderBy(x => x.P).ToList();
        var adjusted = new double?[pValues.Count];
        var running = 1.0;
        for (var rank = tested.Count; rank >= 1; rank--)
        {
            var (p, index) = tested[rank - 1];
            running = Math.Min(running, p!.Value * tested.Count / rank);
            adjusted[index] = running;
        }

        return adjusted;
    }
}
