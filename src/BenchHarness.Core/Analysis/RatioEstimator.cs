namespace BenchHarness.Core.Analysis;

/// <summary>
/// A slowdown ratio with its 95% interval and the p-value of "ratio = 1", from the rounds it was paired over; the
/// standard error of its logarithm and that error's degrees of freedom (null: a normal quantile) let an index
/// combine ratios the same way, and the rounds' own log ratios, in round order, let it see what rounds share.
/// </summary>
public sealed record RatioEstimate(double Value, double? Lower, double? Upper, double? PValue, int Rounds, double? LogStandardError = null, double? DegreesOfFreedom = null)
{
    public Estimate Estimate => new(Value, Lower, Upper);

    /// <summary>The interval at another confidence level, from the same error and degrees of freedom (null without an error).</summary>
    public (double Lower, double Upper)? Interval(double confidence)
    {
        if (LogStandardError is not { } error)
        {
            return null;
        }

        var half = PerfolizerMethods.TwoSidedQuantile(confidence, DegreesOfFreedom) * error;
        return (Value * Math.Exp(-half), Value * Math.Exp(half));
    }

    /// <summary>ln(platform launch median ÷ baseline launch median) of each round, in round order.</summary>
    public IReadOnlyList<double> RoundLogRatios { get; init; } = [];

    /// <summary>The round number of each of <see cref="RoundLogRatios"/> (the journal's round: an index matches workloads' rounds by it).</summary>
    public IReadOnlyList<int> RoundNumbers { get; init; } = [];

    /// <summary>
    /// The variance of the mean log ratio that the launches' own Maritz-Jarrett errors imply (the mean over rounds of
    /// the two launches' squared relative errors, over the rounds): the floor of the ratio's variance, and a part of
    /// an index's floor. Null when a launch has under three samples.
    /// </summary>
    public double? WithinVariance { get; init; }
}

/// <summary>
/// The slowdown of a platform against its baseline, paired round by round. The runner interleaves platforms:
/// round r runs each platform's r-th fresh process for a workload one after the other, so the machine's state
/// at that moment (the file cache, a busy neighbour, the clock) is shared by both. Each round gives one log
/// ratio dᵣ = ln(platform launch's Harrell-Davis median ÷ baseline launch's), both medians over as many samples
/// (see <see cref="EqualFootingMedian"/>), and the fresh process is the
/// unit of inference — samples from one process cannot show how much the next process differs (memory
/// layout, page placement), which was measured here at 1–10% between launches of the same binary (Georges,
/// Buytaert, Eeckhout: "Statistically rigorous Java performance evaluation", OOPSLA 2007; Kalibera, Jones:
/// "Rigorous benchmarking in reasonable time", ISMM 2013). With k ≥ 2 rounds: the ratio is exp(mean dᵣ), its
/// interval the paired Student t interval with k − 1 degrees of freedom (Student: "The probable error of a
/// mean", Biometrika 6(1), 1908), its variance never below what the launches' own Maritz-Jarrett errors
/// imply (the floor of Knapp, Hartung: "Improved tests for a random effects meta-regression with a single
/// covariate", Stat. Med. 22(17), 2003), and the p-value the same t test's. With one round there is no
/// process-to-process information: the interval is the delta method on the two medians' Maritz-Jarrett
/// errors with a normal quantile (Casella, Berger: "Statistical Inference", 2nd ed., 2002, §5.5.4), and the
/// report says that it does not cover differences between processes.
/// </summary>
public static class RatioEstimator
{
    /// <summary>The ratio over the rounds both sides have, a side's launches being rounds 0, 1, 2 … in order.</summary>
    public static RatioEstimate Ratio(IReadOnlyList<IReadOnlyList<double>> platformLaunches, IReadOnlyList<IReadOnlyList<double>> baselineLaunches) =>
        Ratio(platformLaunches, baselineLaunches, null, null);

    /// <summary>
    /// The ratio over the rounds both sides have; <paramref name="platformRounds"/> and <paramref name="baselineRounds"/>
    /// give each launch's round number (null: the launches are rounds 0, 1, 2 … in order).
    /// </summary>
    public static RatioEstimate Ratio(IReadOnlyList<IReadOnlyList<double>> platformLaunches, IReadOnlyList<IReadOnlyList<double>> baselineLaunches,
        IReadOnlyList<int>? platformRounds, IReadOnlyList<int>? baselineRounds)
    {
        var paired = Pair(platformLaunches, baselineLaunches, platformRounds, baselineRounds);
        var rounds = paired.Select(r => Round.Of(r.Platform, r.Baseline)).ToList();
        if (rounds.Count == 0)
        {
            throw new ArgumentException("A ratio needs at least one round with samples on both sides.");
        }

        var mean = rounds.Average(r => r.LogRatio);
        var value = Math.Exp(mean);
        var logRatios = rounds.Select(r => r.LogRatio).ToList();
        var numbers = paired.Select(r => r.Round).ToList();
        var within = rounds.All(r => r.Variance is not null) ? rounds.Average(r => r.Variance!.Value) / rounds.Count : (double?)null;
        double variance;
        double? degreesOfFreedom;
        if (rounds.Count == 1)
        {
            if (within is null)
            {
                return new RatioEstimate(value, null, null, null, 1) { RoundLogRatios = logRatios, RoundNumbers = numbers };
            }

            (variance, degreesOfFreedom) = (within.Value, null);
        }
        else
        {
            var spread = MeanError.VarianceOfMean(logRatios);
            (variance, degreesOfFreedom) = (Math.Max(spread, within ?? 0), rounds.Count - 1);
        }

        if (!(variance > 0))
        {
            return new RatioEstimate(value, null, null, null, rounds.Count) { RoundLogRatios = logRatios, RoundNumbers = numbers, WithinVariance = within };
        }

        var standardError = Math.Sqrt(variance);
        var quantile = PerfolizerMethods.TwoSidedQuantile(0.95, degreesOfFreedom);
        var pValue = PerfolizerMethods.TwoSidedPValue(mean / standardError, degreesOfFreedom);
        return new RatioEstimate(value, Math.Exp(mean - (quantile * standardError)), Math.Exp(mean + (quantile * standardError)), pValue, rounds.Count,
            standardError, degreesOfFreedom) { RoundLogRatios = logRatios, RoundNumbers = numbers, WithinVariance = within };
    }

    /// <summary>One launch per side.</summary>
    public static RatioEstimate Ratio(IReadOnlyList<double> platform, IReadOnlyList<double> baseline) => Ratio([platform], [baseline]);

    /// <summary>
    /// The rounds: the launches of the two sides with the same round number, where both have samples, in round order
    /// (without round numbers, a side's launches are rounds 0, 1, 2 … in order).
    /// </summary>
    public static IReadOnlyList<(int Round, IReadOnlyList<double> Platform, IReadOnlyList<double> Baseline)> Pair(
        IReadOnlyList<IReadOnlyList<double>> platformLaunches, IReadOnlyList<IReadOnlyList<double>> baselineLaunches,
        IReadOnlyList<int>? platformRounds = null, IReadOnlyList<int>? baselineRounds = null)
    {
        var baseline = baselineLaunches.Select((l, i) => (Round: baselineRounds?[i] ?? i, Samples: l)).Where(l => l.Samples.Count > 0)
            .GroupBy(l => l.Round).ToDictionary(g => g.Key, g => g.First().Samples);
        return platformLaunches.Select((l, i) => (Round: platformRounds?[i] ?? i, Samples: l))
            .Where(l => l.Samples.Count > 0 && baseline.ContainsKey(l.Round))
            .OrderBy(l => l.Round)
            .Select(l => (l.Round, l.Samples, baseline[l.Round]))
            .ToList();
    }

    /// <summary>
    /// A launch's Harrell-Davis median and the Maritz-Jarrett standard error of it, relative to the median; no error
    /// under three samples.
    /// </summary>
    public static (double Median, double? RelativeStandardError) LaunchMedian(IReadOnlyList<double> values)
    {
        var median = MedianEstimator.Median(values, interval: false).Value;
        if (values.Count < MedianEstimator.MinimumForInterval || median <= 0)
        {
            return (median, null);
        }

        return (median, PerfolizerMethods.MaritzJarrettStandardError(values, 0.5) / median);
    }

    /// <summary>
    /// A launch's median on an equal footing with a launch of <paramref name="size"/> samples: the mean of the
    /// Harrell-Davis medians of every run of <paramref name="size"/> consecutive samples (all of them when the
    /// launch has no more). A median of few samples is biased where the distribution is skewed (interference only
    /// ever slows a sample down), and an emulated launch often stops at three warm samples while its native
    /// baseline takes twenty; the medians of a ratio are therefore taken over the same number of samples on both
    /// sides, so that the bias cancels in the ratio. Averaging all windows (a U-statistic: Hoeffding, "A class of
    /// statistics with asymptotically normal distribution", Ann. Math. Stat. 19(3), 1948) keeps the longer
    /// launch's information. Measured under the noise model of the simulation tests: the ratio's bias falls from
    /// about +0.7% to below 0.2%.
    /// </summary>
    public static double EqualFootingMedian(IReadOnlyList<double> values, int size)
    {
        if (size >= values.Count)
        {
            return MedianEstimator.Median(values, interval: false).Value;
        }

        var weights = PerfolizerMethods.HarrellDavisWeights(size, 0.5);
        var window = new double[size];
        var sum = 0.0;
        for (var start = 0; start + size <= values.Count; start++)
        {
            for (var i = 0; i < size; i++)
            {
                window[i] = values[start + i];
            }

            Array.Sort(window);
            for (var i = 0; i < size; i++)
            {
                sum += weights[i] * window[i];
            }
        }

        return sum / (values.Count - size + 1);
    }

    /// <summary>
    /// One round: the log ratio of the two launches' medians, on an equal footing (as many samples on each side), and,
    /// when both have three samples, its within-launch variance from the two launches' Maritz-Jarrett errors.
    /// </summary>
    private sealed record Round(double LogRatio, double? Variance)
    {
        public static Round Of(IReadOnlyList<double> platform, IReadOnlyList<double> baseline)
        {
            var size = Math.Min(platform.Count, baseline.Count);
            var (p, b) = (EqualFootingMedian(platform, size), EqualFootingMedian(baseline, size));
            var ((_, sp), (_, sb)) = (LaunchMedian(platform), LaunchMedian(baseline));
            return new Round(Math.Log(p / b), sp is { } x && sb is { } y ? (x * x) + (y * y) : null);
        }
    }
}
