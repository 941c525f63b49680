namespace BenchHarness.Core.Analysis;

/// <summary>
/// Fisher's exact test of a 2×2 table (R. A. Fisher, "On the interpretation of χ² from contingency tables, and the
/// calculation of P", J. R. Stat. Soc. 85:87–94, 1922): whether two rates (failed launches of two builds) differ, from
/// the hypergeometric distribution of the table given its margins. Two-sided as R's <c>fisher.test</c> and SciPy's
/// <c>fisher_exact</c> compute it: the probability of every table with the same margins no more likely than the one seen.
/// </summary>
public static class FisherExact
{
    /// <summary>The two-sided p of failures <paramref name="failedA"/> of <paramref name="totalA"/> against <paramref name="failedB"/> of <paramref name="totalB"/>.</summary>
    public static double TwoSided(int failedA, int totalA, int failedB, int totalB)
    {
        if (failedA < 0 || failedB < 0 || failedA > totalA || failedB > totalB)
        {
            throw new ArgumentOutOfRangeException(nameof(failedA), "a count of failures must lie between 0 and its total");
        }

        var failed = failedA + failedB;
        var total = totalA + totalB;
        if (failed == 0 || failed == total)
        {
            return 1;
        }

        // P(X = k) for X the failures of A: C(totalA, k) C(totalB, failed − k) / C(total, failed).
        double LogP(int k) => LogChoose(totalA, k) + LogChoose(totalB, failed - k) - LogChoose(total, failed);
        var observed = LogP(failedA);
        var p = 0.0;
        for (var k = Math.Max(0, failed - totalB); k <= Math.Min(failed, totalA); k++)
        {
            // A relative tolerance, as R and SciPy use, so that tables exactly as likely as the observed one count despite rounding.
            if (LogP(k) <= observed + 1e-7)
            {
                p += Math.Exp(LogP(k));
            }
        }

        return Math.Min(1, p);
    }

    private static double LogChoose(int n, int k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
