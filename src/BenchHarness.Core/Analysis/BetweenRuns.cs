namespace BenchHarness.Core.Analysis;

/// <summary>
/// One run's figure for a platform and workload on the log scale, with the variance of that figure within the run: the log
/// ratio to its in-run baseline, so that the machine's state at the time cancels.
/// </summary>
public sealed record RunMeasure(double Log, double Variance, double? DegreesOfFreedom, int Launches)
{
    /// <summary>A paired ratio's figure; null without an error.</summary>
    public static RunMeasure? Of(RatioEstimate ratio) =>
        ratio.LogStandardError is { } error ? new RunMeasure(Math.Log(ratio.Value), error * error, ratio.DegreesOfFreedom, ratio.Rounds) : null;
}

/// <summary>How much a platform's figure moves from one run to the next on this machine beyond what each run's own error says.</summary>
/// <param name="Variance">τ², the variance of a run's effect on the log figure.</param>
/// <param name="DegreesOfFreedom">The A/A runs less one: the run is the unit.</param>
/// <param name="Runs">The A/A runs it was estimated from.</param>
public sealed record BetweenRunVariance(double Variance, int DegreesOfFreedom, int Runs);

/// <summary>
/// A change between two runs, with the run as the unit. Each run carries an effect of its own (the machine's state over the
/// run, the file cache, the clock's phase) that its launches share and that no count of launches within it reveals: between
/// two published runs of the same builds here, a quarter of the ratios differed by more than 1.96 combined within-run errors.
/// So a change is judged against a between-run variance τ², estimated from n ≥ 2 A/A runs of this machine (the same builds,
/// run one after the other) by the method of moments of a random-effects model: for each workload the spread of the runs'
/// figures less their mean within-run variance, averaged over the platform's workloads and floored at 0 (DerSimonian, Laird:
/// "Meta-analysis in clinical trials", Control. Clin. Trials 7(3), 1986), with n − 1 degrees of freedom. The change between a
/// reference and a candidate run is exp(x_B − x_A), its log variance v_A + v_B + 2τ², its degrees of freedom by
/// Welch-Satterthwaite (Satterthwaite: "An approximate distribution of estimates of variance components", Biometrics Bulletin
/// 2(6), 1946).
/// </summary>
public static class BetweenRuns
{
    /// <summary>τ² of one platform from its A/A runs' figures, one list per workload (a run's figure absent where its cell failed); null below two runs on every workload.</summary>
    public static BetweenRunVariance? Estimate(IReadOnlyList<IReadOnlyList<RunMeasure?>> byWorkload)
    {
        var terms = new List<double>();
        var runs = 0;
        foreach (var measures in byWorkload)
        {
            var present = measures.OfType<RunMeasure>().ToList();
            if (present.Count < 2)
            {
                continue;
            }

            var logs = present.Select(m => m.Log).ToList();
            var spread = MeanError.VarianceOfMean(logs) * logs.Count;
            terms.Add(spread - present.Average(m => m.Variance));
            runs = Math.Max(runs, present.Count);
        }

        return terms.Count == 0 ? null : new BetweenRunVariance(Math.Max(0, terms.Average()), runs - 1, runs);
    }

    /// <summary>The candidate run's figure against the reference run's, as a ratio with its error and degrees of freedom.</summary>
    public static RatioEstimate Change(RunMeasure reference, RunMeasure candidate, BetweenRunVariance between, double confidence = 0.95)
    {
        var difference = candidate.Log - reference.Log;
        var runs = 2 * between.Variance;
        var variance = reference.Variance + candidate.Variance + runs;
        static double Term(double v, double? df) => df is { } d ? v * v / d : 0;
        var denominator = Term(reference.Variance, reference.DegreesOfFreedom) + Term(candidate.Variance, candidate.DegreesOfFreedom) + Term(runs, between.DegreesOfFreedom);
        double? degreesOfFreedom = denominator > 0 ? variance * variance / denominator : null;
        var launches = Math.Min(reference.Launches, candidate.Launches);
        if (!(variance > 0))
        {
            return new RatioEstimate(Math.Exp(difference), null, null, null, launches);
        }

        var error = Math.Sqrt(variance);
        var half = PerfolizerMethods.TwoSidedQuantile(confidence, degreesOfFreedom) * error;
        return new RatioEstimate(Math.Exp(difference), Math.Exp(difference - half), Math.Exp(difference + half),
            PerfolizerMethods.TwoSidedPValue(difference / error, degreesOfFreedom), launches, error, degreesOfFreedom);
    }
}
