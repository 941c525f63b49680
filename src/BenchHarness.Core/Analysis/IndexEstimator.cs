using BenchHarness.Core.Model;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// One workload's part of an index: the platform's and the baseline's samples, launch by launch, the workload's
/// weight, and the paired ratio they give (computed once, for the index and the workload's comparison alike).
/// </summary>
public sealed record IndexPart(IReadOnlyList<IReadOnlyList<double>> Platform, IReadOnlyList<IReadOnlyList<double>> Baseline, double Weight)
{
    public RatioEstimate Ratio { get; } = RatioEstimator.Ratio(Platform, Baseline);

    /// <summary>One launch per side.</summary>
    public IndexPart(IReadOnlyList<double> platform, IReadOnlyList<double> baseline, double weight)
        : this([platform], [baseline], weight)
    {
    }
}

/// <summary>An index's two figures, what their intervals cover, and over how many rounds.</summary>
public sealed record IndexEstimate(Estimate Score, Estimate OfficeDay, IntervalScope Scope, int Rounds);

/// <summary>
/// The productivity regression index of a platform, two ways, over the workloads' slowdown ratios rᵢ (each the one
/// its comparison reports, see <see cref="RatioEstimator"/>) and the suite's weights ωᵢ (normalised to sum 1), which
/// are shares of an office day's time on the baseline:
/// <list type="bullet">
/// <item>the <b>office-day slowdown</b> D = Σ ωᵢ·rᵢ: an office day that took one hour on the baseline takes D hours
/// on the platform. This is the productivity claim; it is the time-weighted arithmetic mean, so the largest
/// slowdowns of the heaviest actions dominate it, as they dominate the day (Smith: "Characterizing computer
/// performance with a single number", CACM 31(10), 1988).</item>
/// <item>the <b>geometric-mean score</b> G = exp(Σ ωᵢ·ln rᵢ), SPEC-style: independent of which platform is the
/// reference, for ranking platforms (Fleming, Wallace: "How not to lie with statistics: the correct way to
/// summarize benchmark results", CACM 29(3), 1986). G ≤ D always.</item>
/// </list>
/// One interval method for both. A round (the r-th fresh process of every platform, every workload) is shared
/// by every workload: in A/A runs here, rounds' log ratios moved together across workloads (a round's mean over
/// all 17 ranged from −12% to +9%), so the workloads' errors are not independent and the rounds are the
/// clusters: over the k rounds common to every workload, each round gives yᵣ = Σ ωᵢ·dᵢᵣ for G and
/// zᵣ = Σ vᵢ·dᵢᵣ for D (dᵢᵣ the round's log ratio, vᵢ = ωᵢrᵢ/D the delta method's weights for ln D: Casella,
/// Berger: "Statistical Inference", 2nd ed., 2002, §5.5.4), and the interval is ln G ± t(k−1)·sd(y)/√k, and the
/// same for D with z (cluster-robust inference with few clusters, G − 1 degrees of freedom: Cameron, Miller:
/// "A practitioner's guide to cluster-robust inference", J. Human Resources 50(2), 2015, §VI). A round's value
/// holds every source of noise at once (within the process, between processes, the round's drift), so each is
/// counted once. With one round there are no clusters: the interval is the delta method on the ratios' own
/// Maritz-Jarrett errors with a normal quantile, √(Σ ωᵢ²·sᵢ²) for G and √(Σ vᵢ²·sᵢ²) for D, and it is
/// <see cref="IntervalScope.WithinProcess"/>: it does not cover how much the next process differs.
/// </summary>
public static class IndexEstimator
{
    /// <summary>
    /// An interval over this many rounds (clusters) or fewer is itself uncertain: a t interval from two or three
    /// clusters rests on one or two degrees of freedom (Cameron, Miller: "A practitioner's guide to cluster-robust
    /// inference", J. Human Resources 50(2), 2015, on few clusters), so the report says so beside it.
    /// </summary>
    public const int FewRounds = 3;

    public static IndexEstimate Index(IReadOnlyList<IndexPart> parts, double confidence = 0.95)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("An index needs at least one ratio.", nameof(parts));
        }

        var totalWeight = parts.Sum(p => p.Weight);
        var weights = parts.Select(p => p.Weight / totalWeight).ToList();
        var score = Math.Exp(parts.Select((p, i) => weights[i] * Math.Log(p.Ratio.Value)).Sum());
        var officeDay = parts.Select((p, i) => weights[i] * p.Ratio.Value).Sum();
        var dayWeights = parts.Select((p, i) => weights[i] * p.Ratio.Value / officeDay).ToList();
        var rounds = parts.Min(p => p.Ratio.RoundLogRatios.Count);

        if (rounds >= 2)
        {
            var quantile = PerfolizerMethods.TwoSidedQuantile(confidence, rounds - 1);
            return new IndexEstimate(
                Widen(score, quantile * ClusterStandardError(parts, weights, rounds)),
                Widen(officeDay, quantile * ClusterStandardError(parts, dayWeights, rounds)),
                IntervalScope.BetweenProcesses, rounds);
        }

        if (parts.Any(p => p.Ratio.LogStandardError is null))
        {
            return new IndexEstimate(new Estimate(score, null, null), new Estimate(officeDay, null, null), IntervalScope.None, rounds);
        }

        var normal = PerfolizerMethods.TwoSidedQuantile(confidence, null);
        double DeltaError(IReadOnlyList<double> w) => Math.Sqrt(parts.Select((p, i) => Math.Pow(w[i] * p.Ratio.LogStandardError!.Value, 2)).Sum());
        return new IndexEstimate(Widen(score, normal * DeltaError(weights)), Widen(officeDay, normal * DeltaError(dayWeights)), IntervalScope.WithinProcess, rounds);
    }

    /// <summary>The score's value in each round common to every part: yᵣ = Σ ωᵢ·dᵢᵣ, the log of a one-round score (for history's steps).</summary>
    public static IReadOnlyList<double> RoundScores(IReadOnlyList<IndexPart> parts)
    {
        var totalWeight = parts.Sum(p => p.Weight);
        var rounds = parts.Count == 0 ? 0 : parts.Min(p => p.Ratio.RoundLogRatios.Count);
        return Enumerable.Range(0, rounds).Select(r => parts.Sum(p => p.Weight / totalWeight * p.Ratio.RoundLogRatios[r])).ToList();
    }

    /// <summary>The standard error of Σ wᵢ·d̄ᵢ with rounds as clusters: sd over the first <paramref name="rounds"/> rounds of yᵣ = Σ wᵢ·dᵢᵣ, over √k.</summary>
    internal static double ClusterStandardError(IReadOnlyList<IndexPart> parts, IReadOnlyList<double> weights, int rounds)
    {
        var perRound = Enumerable.Range(0, rounds).Select(r => parts.Select((p, i) => weights[i] * p.Ratio.RoundLogRatios[r]).Sum()).ToList();
        return Math.Sqrt(MeanError.VarianceOfMean(perRound));
    }

    private static Estimate Widen(double value, double logHalfWidth) => new(value, value * Math.Exp(-logHalfWidth), value * Math.Exp(logHalfWidth));
}
