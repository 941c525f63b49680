namespace BenchHarness.Core.Analysis;

/// <summary>
/// The productivity regression index: the weighted geometric mean of the workloads' slowdown ratios, weights
/// from the suite's office-day mix (Fleming, Wallace: "How not to lie with statistics: the correct way to
/// summarize benchmark results", CACM 29(3), 1986, for the geometric mean of ratios). First-cut interval: the
/// same mean over the ratios' lower and upper bounds, which holds the index whenever every ratio lies in its
/// interval (conservative; a bootstrap interval replaces it later).
/// </summary>
public static class IndexEstimator
{
    public static Estimate Index(IReadOnlyList<(Estimate Ratio, double Weight)> ratios)
    {
        if (ratios.Count == 0)
        {
            throw new ArgumentException("An index needs at least one ratio.", nameof(ratios));
        }

        var value = GeometricMean(ratios.Select(r => (r.Ratio.Value, r.Weight)));
        if (ratios.Any(r => r.Ratio.Lower is null || r.Ratio.Upper is null))
        {
            return new Estimate(value, null, null);
        }

        return new Estimate(value,
            GeometricMean(ratios.Select(r => (r.Ratio.Lower!.Value, r.Weight))),
            GeometricMean(ratios.Select(r => (r.Ratio.Upper!.Value, r.Weight))));
    }

    /// <summary>exp(Σ wᵢ·ln xᵢ / Σ wᵢ).</summary>
    public static double GeometricMean(IEnumerable<(double Value, double Weight)> values)
    {
        double sum = 0, weights = 0;
        foreach (var (value, weight) in values)
        {
            sum += weight * Math.Log(value);
            weights += weight;
        }

        return Math.Exp(sum / weights);
    }
}
