namespace BenchHarness.Core.Analysis;

/// <summary>The squared standard error of a sample mean, s²/n (s² with n − 1): the paired t, Welch, the launches' precision and the rounds-as-clusters interval all use it.</summary>
public static class MeanError
{
    /// <summary>s²/n of <paramref name="values"/> (at least two).</summary>
    public static double VarianceOfMean(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) / values.Count;
    }
}
