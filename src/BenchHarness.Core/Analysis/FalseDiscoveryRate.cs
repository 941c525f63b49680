namespace BenchHarness.Core.Analysis;

/// <summary>
/// Benjamini-Hochberg adjusted p-values ("Controlling the false discovery rate: a practical and powerful
/// approach to multiple testing", J. R. Stat. Soc. B 57(1), 1995): p₍ᵢ₎·m/i, made monotone from the largest
/// down, at most 1, over every comparison of a run at once (several platforms, seventeen workloads each):
/// adjusted per platform, six A/A platforms would flag something in about a quarter of all runs. When nothing
/// differs, the adjusted p-values keep the chance of any flag at α; when much differs (emulators), they stay
/// close to the unadjusted ones. Under the positive dependence that rounds shared by every workload bring, the
/// procedure still controls the false discovery rate (Benjamini, Yekutieli: "The control of the false
/// discovery rate in multiple testing under dependency", Ann. Stat. 29(4), 2001).
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
