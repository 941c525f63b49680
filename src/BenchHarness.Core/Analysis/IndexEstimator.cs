using BenchHarness.Core.Model;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// One workload's part of an index: the platform's and the baseline's samples, launch by launch, with each launch's
/// round number (null: rounds 0, 1, 2 … in order), the workload's weight, and the paired ratio they give (computed
/// once, for the index and the workload's comparison alike).
/// </summary>
public sealed record IndexPart(IReadOnlyList<IReadOnlyList<double>> Platform, IReadOnlyList<IReadOnlyList<double>> Baseline, double Weight,
    IReadOnlyList<int>? PlatformRounds = null, IReadOnlyList<int>? BaselineRounds = null)
{
    public RatioEstimate Ratio { get; } = RatioEstimator.Ratio(Platform, Baseline, PlatformRounds, BaselineRounds);

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
/// reference, for ranking the platforms of one baseline (Fleming, Wallace: "How not to lie with statistics: the correct way to
/// summarize benchmark results", CACM 29(3), 1986). G ≤ D always.</item>
/// </list>
/// One interval method for both. A round (the r-th fresh process of every platform, every workload) is shared
/// by every workload: in A/A runs here, rounds' log ratios moved together across workloads (a round's mean over
/// all 17 ranged from −12% to +9%), so the workloads' errors are not independent and the rounds are the
/// clusters: over the k rounds common to every workload (matched by round number, so that app-start, whose first
/// process is its cold start, is matched round for round with the others), each round gives yᵣ = Σ ωᵢ·dᵢᵣ for G and
/// zᵣ = Σ vᵢ·dᵢᵣ for D (dᵢᵣ the round's log ratio, vᵢ = ωᵢrᵢ/D the delta method's weights for ln D: Casella,
/// Berger: "Statistical Inference", 2nd ed., 2002, §5.5.4), and the interval is ln G ± t(k−1)·sd(y)/√k, and the
/// same for D with z (cluster-robust inference with few clusters, G − 1 degrees of freedom: Cameron, Miller:
/// "A practitioner's guide to cluster-robust inference", J. Human Resources 50(2), 2015, §VI). A round's value
/// holds every source of noise at once (within the process, between processes, the round's drift), so each is
/// counted once. As for a single ratio, the variance of ln G is never below what the workloads' within-process
/// errors imply, Σ ωᵢ²·sᵢ² with sᵢ² the variance of workload i's mean log ratio from its launches' Maritz-Jarrett
/// errors (<see cref="RatioEstimate.WithinVariance"/>), and that of ln D never below Σ vᵢ²·sᵢ²: a few rounds that
/// happen to agree cannot make the index more precise than its workloads are (the floor of Knapp, Hartung:
/// "Improved tests for a random effects meta-regression with a single covariate", Stat. Med. 22(17), 2003). With one round there are no clusters: the interval is the delta method on the ratios' own
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
        var rounds = CommonRounds(parts).Count;

        if (rounds >= 2)
        {
            var quantile = PerfolizerMethods.TwoSidedQuantile(confidence, rounds - 1);
            return new IndexEstimate(
                Widen(score, quantile * ClusterStandardError(parts, weights)),
                Widen(officeDay, quantile * ClusterStandardError(parts, dayWeights)),
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
        return PerRound(parts, parts.Select(p => p.Weight / totalWeight).ToList());
    }

    /// <summary>The round numbers every part has, in order.</summary>
    public static IReadOnlyList<int> CommonRounds(IReadOnlyList<IndexPart> parts) =>
        parts.Count == 0 ? [] : parts.Skip(1).Aggregate((IEnumerable<int>)parts[0].Ratio.RoundNumbers, (common, p) => common.Intersect(p.Ratio.RoundNumbers)).Order().ToList();

    /// <summary>
    /// The standard error of Σ wᵢ·d̄ᵢ with rounds as clusters, sd(yᵣ)/√k over the k common rounds of yᵣ = Σ wᵢ·dᵢᵣ,
    /// never below the within-process √(Σ wᵢ²·sᵢ²) (a part without a within-process error adds nothing to it).
    /// </summary>
    internal static double ClusterStandardError(IReadOnlyList<IndexPart> parts, IReadOnlyList<double> weights)
    {
        var floor = parts.Select((p, i) => weights[i] * weights[i] * (p.Ratio.WithinVariance ?? 0)).Sum();
        return Math.Sqrt(Math.Max(MeanError.VarianceOfMean(PerRound(parts, weights)), floor));
    }

    /// <summary>yᵣ = Σ wᵢ·dᵢᵣ for each round common to every part, matched by round number.</summary>
    private static List<double> PerRound(IReadOnlyList<IndexPart> parts, IReadOnlyList<double> weights)
    {
        var byRound = parts.Select(p => p.Ratio.RoundNumbers.Zip(p.Ratio.RoundLogRatios).ToDictionary(x => x.First, x => x.Second)).ToList();
        return CommonRounds(parts).Select(r => parts.Select((_, i) => weights[i] * byRound[i][r]).Sum()).ToList();
    }

    private static Estimate Widen(double value, double logHalfWidth) => new(value, value * Math.Exp(-logHalfWidth), value * Math.Exp(logHalfWidth));
}
