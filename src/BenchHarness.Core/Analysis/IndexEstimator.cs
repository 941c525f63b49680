namespace BenchHarness.Core.Analysis;

/// <summary>One workload's part of an index: the platform's and the baseline's samples, launch by launch, and the workload's weight.</summary>
public sealed record IndexPart(IReadOnlyList<IReadOnlyList<double>> Platform, IReadOnlyList<IReadOnlyList<double>> Baseline, double Weight)
{
    /// <summary>One launch per side.</summary>
    public IndexPart(IReadOnlyList<double> platform, IReadOnlyList<double> baseline, double weight)
        : this([platform], [baseline], weight)
    {
    }
}

/// <summary>
/// The productivity regression index: the weighted geometric mean of the workloads' slowdown ratios (ratios of
/// Harrell-Davis medians), weights from the suite's office-day mix (Fleming, Wallace: "How not to lie with
/// statistics: the correct way to summarize benchmark results", CACM 29(3), 1986, for the geometric mean of
/// ratios). Interval: percentile bootstrap (Efron, Tibshirani: "An Introduction to the Bootstrap", 1993,
/// ch. 13), two-stage for hierarchical data (Davison, Hinkley: "Bootstrap Methods and their Application",
/// 1997, §3.8): every cell's launches are resampled with replacement, then each chosen launch's samples, so
/// that differences between fresh processes widen the interval; the index is recomputed 2,000 times with a
/// fixed seed, so that a report is reproducible. The interval is widened to contain the point estimate when
/// the bootstrap distribution is skewed.
/// </summary>
public static class IndexEstimator
{
    public const int Resamples = 2000;
    public const int Seed = 20_261_126;

    public static Estimate Index(IReadOnlyList<IndexPart> parts, double confidence = 0.95)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("An index needs at least one ratio.", nameof(parts));
        }

        var value = GeometricMean(parts.Select(p => (Median(p.Platform) / Median(p.Baseline), p.Weight)));
        if (parts.Any(p => Count(p.Platform) < MedianEstimator.MinimumForInterval || Count(p.Baseline) < MedianEstimator.MinimumForInterval))
        {
            return new Estimate(value, null, null);
        }

        var random = new Random(Seed);
        var weights = new Dictionary<int, double[]>();
        double[] Weights(int n) => weights.TryGetValue(n, out var w) ? w : weights[n] = PerfolizerMethods.HarrellDavisWeights(n, 0.5);
        double ResampledMedian(IReadOnlyList<IReadOnlyList<double>> launches)
        {
            var chosen = new IReadOnlyList<double>[launches.Count];
            for (var l = 0; l < chosen.Length; l++)
            {
                chosen[l] = launches[random.Next(launches.Count)];
            }

            var resample = new double[chosen.Sum(c => c.Count)];
            var at = 0;
            foreach (var launch in chosen)
            {
                for (var i = 0; i < launch.Count; i++)
                {
                    resample[at++] = launch[random.Next(launch.Count)];
                }
            }

            Array.Sort(resample);
            var w = Weights(resample.Length);
            var median = 0.0;
            for (var i = 0; i < resample.Length; i++)
            {
                median += w[i] * resample[i];
            }

            return median;
        }

        var totalWeight = parts.Sum(p => p.Weight);
        var replicates = new double[Resamples];
        for (var b = 0; b < Resamples; b++)
        {
            var logSum = 0.0;
            foreach (var part in parts)
            {
                logSum += part.Weight * (Math.Log(ResampledMedian(part.Platform)) - Math.Log(ResampledMedian(part.Baseline)));
            }

            replicates[b] = Math.Exp(logSum / totalWeight);
        }

        Array.Sort(replicates);
        var tail = (1 - confidence) / 2;
        var lower = replicates[(int)Math.Floor(tail * (Resamples - 1))];
        var upper = replicates[(int)Math.Ceiling((1 - tail) * (Resamples - 1))];
        return new Estimate(value, Math.Min(lower, value), Math.Max(upper, value));
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

    private static double Median(IReadOnlyList<IReadOnlyList<double>> launches) => MedianEstimator.Median(launches.SelectMany(l => l).ToList()).Value;

    private static int Count(IReadOnlyList<IReadOnlyList<double>> launches) => launches.Sum(l => l.Count);
}
