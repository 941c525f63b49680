using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

public sealed class StatisticsTests
{
    [Fact]
    public void The_index_interval_over_rounds_is_the_t_interval_of_the_rounds_weighted_mean_log_ratios()
    {
        // Two workloads of equal weight, three rounds of one-sample launches, so each round's log ratio is exact:
        // A: 0.1, 0.3, 0.2; B: 0.0, 0.2, 0.1. By hand: the rounds' weighted means y = 0.05, 0.25, 0.15; mean 0.15,
        // sd 0.1, standard error 0.1/√3 = 0.0577350; t(0.975, 2 df) = 4.302653 (Student's table); half-width
        // 0.2484138; bounds exp(0.15 ∓ 0.2484138) = 0.9062738, 1.4894602.
        static IReadOnlyList<IReadOnlyList<double>> Launches(params double[] logs) => logs.Select(l => (IReadOnlyList<double>)[Math.Exp(l)]).ToList();
        IReadOnlyList<IReadOnlyList<double>> baseline = [[1.0], [1.0], [1.0]];
        IndexPart[] parts = [new(Launches(0.1, 0.3, 0.2), baseline, 1), new(Launches(0.0, 0.2, 0.1), baseline, 1)];

        var (lower, upper) = IndexEstimator.RoundsInterval(parts, Math.Exp(0.15), 0.95)!.Value;

        Assert.Equal(0.9062738, lower, 6);
        Assert.Equal(1.4894602, upper, 6);
        Assert.Null(IndexEstimator.RoundsInterval([new(Launches(0.1), [[1.0]], 1)], 1.1, 0.95));
    }

    [Fact]
    public void Harrell_Davis_median_of_three_matches_the_hand_computed_beta_weights()
    {
        // n = 3, p = 1/2: weights are increments of I_x(2, 2) = 3x² − 2x³ at x = 1/3, 2/3, 1: 7/27, 13/27, 7/27.
        var estimate = MedianEstimator.Median([1, 2, 4]);

        // Perfolizer evaluates the incomplete beta function numerically, to about 1e-9.
        Assert.Equal((7 * 1 + 13 * 2 + 7 * 4) / 27.0, estimate.Value, 7);
    }

    [Fact]
    public void The_median_interval_contains_the_median_and_narrows_with_more_samples()
    {
        var small = MedianEstimator.Median(Enumerable.Range(1, 10).Select(i => 100.0 + (i % 5)).ToList());
        var large = MedianEstimator.Median(Enumerable.Range(1, 200).Select(i => 100.0 + (i % 5)).ToList());

        Assert.True(small.Lower <= small.Value && small.Value <= small.Upper);
        Assert.True(large.Upper - large.Lower < small.Upper - small.Lower);
    }

    [Fact]
    public void Fewer_than_three_samples_give_a_median_but_no_interval()
    {
        var estimate = MedianEstimator.Median([4, 6]);

        Assert.Equal(5, estimate.Value);
        Assert.Null(estimate.Lower);
        Assert.Null(estimate.Upper);
    }

    [Fact]
    public void The_ratio_interval_contains_the_ratio_and_is_wider_than_either_median_interval_alone()
    {
        double[] baseline = [10, 10.5, 9.5, 10.2, 9.8, 10.1, 9.9];
        var platform = baseline.Select(v => v * 2).ToList();
        var ratio = RatioEstimator.Ratio(platform, baseline);

        Assert.Equal(2, ratio.Value, 9);
        Assert.True(ratio.Lower < 2 && 2 < ratio.Upper);
    }

    [Fact]
    public void The_index_is_the_weighted_geometric_mean_of_the_median_ratios()
    {
        // Weights 3 : 1 over ratios 2 and 8: exp((3 ln 2 + ln 8) / 4) = 2^(6/4).
        double[] baseline = [10, 10.5, 9.5, 10.2, 9.8];
        var index = IndexEstimator.Index([
            new IndexPart(baseline.Select(v => v * 2).ToList(), baseline, 3),
            new IndexPart(baseline.Select(v => v * 8).ToList(), baseline, 1)]);

        Assert.Equal(Math.Pow(2, 1.5), index.Value, 9);
        Assert.True(index.Lower <= index.Value && index.Value <= index.Upper);
        Assert.True(index.Upper / index.Lower < 1.2, $"[{index.Lower}, {index.Upper}]");
    }

    [Fact]
    public void Every_process_start_of_a_start_up_cell_counts_for_the_start_up_index()
    {
        var startUp = new BenchHarness.Core.Results.CellResult
        {
            Platform = "p", Workload = "app-start", Status = CellStatus.Ok, Launches = 4, ColdNs = [40], SamplesNs = [30, 31, 32], WarmLaunchSizes = [1, 1, 1],
            MeasuresStartUp = true,
        };
        var iterations = new BenchHarness.Core.Results.CellResult
        {
            Platform = "p", Workload = "text-gb18030", Status = CellStatus.Ok, Launches = 2, ColdNs = [9, 8], SamplesNs = [5, 5, 5, 5, 5, 5], WarmLaunchSizes = [3, 3],
        };

        Assert.Equal([[40.0], [30.0], [31.0], [32.0]], startUp.ColdByLaunch());
        Assert.Equal([[9.0], [8.0]], iterations.ColdByLaunch());
    }

    [Fact]
    public void The_bootstrap_index_interval_is_reproducible_and_absent_below_three_samples()
    {
        var random = new Random(1);
        var parts = Enumerable.Range(0, 5).Select(_ => new IndexPart(
            Enumerable.Range(0, 12).Select(_ => 30 + random.NextDouble()).ToList(),
            Enumerable.Range(0, 12).Select(_ => 10 + random.NextDouble()).ToList(), 1)).ToList();

        Assert.Equal(IndexEstimator.Index(parts), IndexEstimator.Index(parts));
        Assert.Null(IndexEstimator.Index([new IndexPart([3, 3.1], [1, 1.1, 1.2], 1)]).Lower);
    }

    [Fact]
    public void Rounds_give_the_paired_t_interval_of_their_log_ratios()
    {
        // Three rounds whose platform launch is its baseline launch scaled by 2, 2.2 and 1.8: dᵣ = ln 2, ln 2.2, ln 1.8.
        // The launches barely vary inside, so the spread between rounds sets the interval: mean d ± t(2) · s / √3.
        double[] baseline = [10, 10.001, 9.999, 10.0005, 9.9995];
        double[] factors = [2, 2.2, 1.8];
        var ratio = RatioEstimator.Ratio(factors.Select(f => (IReadOnlyList<double>)baseline.Select(v => v * f).ToList()).ToList(),
            factors.Select(_ => (IReadOnlyList<double>)baseline).ToList());
        var d = factors.Select(f => Math.Log(f)).ToArray();
        var mean = d.Average();
        var s = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / 2);
        const double t2 = 4.302652729911275; // Student t, 2 degrees of freedom, 97.5%

        Assert.Equal(3, ratio.Rounds);
        Assert.Equal(Math.Exp(mean), ratio.Value, 12);
        // Perfolizer's t quantile is numerical, good to about 1e-8.
        Assert.Equal(Math.Exp(mean - (t2 * s / Math.Sqrt(3))), ratio.Lower!.Value, 7);
        Assert.Equal(Math.Exp(mean + (t2 * s / Math.Sqrt(3))), ratio.Upper!.Value, 7);
        // t = mean / (s / √3) = 40.3… on 2 degrees of freedom: p = 1 − (t / √(t² + 2)) for df = 2.
        var t = mean / (s / Math.Sqrt(3));
        Assert.Equal(1 - (t / Math.Sqrt((t * t) + 2)), ratio.PValue!.Value, 9);
    }

    [Fact]
    public void Rounds_that_agree_exactly_keep_the_interval_their_launches_own_noise_implies()
    {
        // Both rounds have d = ln 2: no spread between them, so the variance is the launches' Maritz-Jarrett floor.
        double[] baseline = [10, 10.5, 9.5, 10.2, 9.8, 10.1, 9.9];
        IReadOnlyList<double> platform = baseline.Select(v => v * 2).ToList();
        var ratio = RatioEstimator.Ratio([platform, platform], [baseline, baseline]);
        var se = RatioEstimator.LaunchMedian(baseline).RelativeStandardError!.Value;
        var half = PerfolizerMethods.TwoSidedQuantile(0.95, 1) * Math.Sqrt(2 * se * se / 2);

        Assert.Equal(2, ratio.Value, 9);
        Assert.Equal(2 * Math.Exp(-half), ratio.Lower!.Value, 9);
        Assert.Equal(2 * Math.Exp(half), ratio.Upper!.Value, 9);
    }

    [Fact]
    public void Student_and_normal_quantiles_match_the_tables()
    {
        Assert.Equal(12.706204736174698, PerfolizerMethods.TwoSidedQuantile(0.95, 1), 6);
        Assert.Equal(2.2281388519649385, PerfolizerMethods.TwoSidedQuantile(0.95, 10), 6);
        Assert.Equal(1.959963984540054, PerfolizerMethods.TwoSidedQuantile(0.95, null), 5); // Perfolizer's normal quantile is an approximation good to 1e-6
        Assert.Equal(0.05, PerfolizerMethods.TwoSidedPValue(2.2281388519649385, 10), 6);
    }

    [Fact]
    public void Benjamini_Hochberg_adjusts_the_p_values_by_rank_and_keeps_them_monotone()
    {
        // Sorted 0.005, 0.01, 0.03, 0.04 (m = 4): ·4/1 = 0.02, ·4/2 = 0.02, ·4/3 = 0.04, ·4/4 = 0.04.
        var adjusted = FalseDiscoveryRate.Adjust([0.01, 0.04, 0.03, 0.005, null]);

        Assert.Equal([0.02, 0.04, 0.04, 0.02, null], adjusted.Select(p => p is { } v ? Math.Round(v, 12) : (double?)null));
    }

    [Fact]
    public void One_launch_each_gives_the_delta_method_interval_of_the_two_medians()
    {
        double[] platform = [20, 21, 19, 20.5, 19.5, 20.2, 19.8];
        double[] baseline = [10, 10.5, 9.5, 10.2, 9.8, 10.1, 9.9];
        double RelativeSe(double[] values)
        {
            var (lower, upper) = PerfolizerMethods.QuantileInterval(values, 0.5, 0.95);
            return (upper - lower) / (2 * 1.959963984540054) / PerfolizerMethods.Quantile(values, 0.5);
        }

        var ratio = RatioEstimator.Ratio(platform, baseline);
        var spread = 1.959963984540054 * Math.Sqrt((RelativeSe(platform) * RelativeSe(platform)) + (RelativeSe(baseline) * RelativeSe(baseline)));

        Assert.Equal(ratio.Value * Math.Exp(-spread), ratio.Lower!.Value, 12);
        Assert.Equal(ratio.Value * Math.Exp(spread), ratio.Upper!.Value, 12);
    }

    [Fact]
    public void Harrell_Davis_weights_sum_to_one_and_give_perfolizers_median()
    {
        double[] sorted = [1, 2, 3, 5, 8, 13, 21];
        var weights = PerfolizerMethods.HarrellDavisWeights(sorted.Length, 0.5);

        Assert.Equal(1, weights.Sum(), 9);
        Assert.Equal(PerfolizerMethods.Quantile(sorted, 0.5), weights.Zip(sorted).Sum(p => p.First * p.Second), 9);
    }

    [Fact]
    public void Mann_Whitney_p_value_of_fully_separated_triples_is_the_exact_one_tenth()
    {
        // U = 0 for x < y entirely: P(U = 0) = 1 / C(6,3) = 1/20 one-sided, 1/10 two-sided.
        Assert.Equal(0.1, PerfolizerMethods.MannWhitneyPValue([1, 2, 3], [4, 5, 6]), 6);
    }

    [Theory]
    [InlineData(1.30, 1.20, 1.40, 0.001, 0.001, true, false, Verdict.Slower)]
    [InlineData(0.80, 0.75, 0.85, 0.001, 0.001, true, false, Verdict.Faster)]
    [InlineData(1.01, 0.98, 1.04, 0.30, 0.30, false, true, Verdict.Equivalent)]
    [InlineData(1.02, 1.01, 1.04, 0.01, 0.01, true, true, Verdict.Equivalent)]    // significant, but within the margin
    [InlineData(1.04, 0.97, 1.12, 0.20, 0.20, false, false, Verdict.Inconclusive)]
    [InlineData(1.10, 1.02, 1.20, 0.08, 0.001, false, false, Verdict.Inconclusive)] // the interval alone (before adjustment) does not flag
    [InlineData(1.10, 1.02, 1.20, 0.01, 0.20, false, false, Verdict.Inconclusive)]  // nor the rounds' test without Mann-Whitney
    public void A_comparison_verdict_needs_both_tests_and_the_interval(double ratio, double lower, double upper, double adjusted, double mannWhitney,
        bool different, bool equivalent, Verdict verdict) =>
        Assert.Equal((different, equivalent, verdict), ComparisonVerdict.Decide(new Estimate(ratio, lower, upper), adjusted, mannWhitney, 0.05));

    [Fact]
    public void Tukey_fences_flag_the_outlier_and_keep_it()
    {
        var summary = SampleSummarizer.Summarize([100, 101, 102, 103, 104, 105, 106, 400], 0.02)!;

        Assert.Equal([400L], summary.OutliersNs);
        Assert.Equal(8, summary.Count);
        Assert.Equal(400, summary.MaxNs);
    }

    [Fact]
    public void Bimodal_timings_are_flagged_and_unimodal_ones_are_not()
    {
        var random = new Random(3);
        long Around(double centre) => (long)(centre * (1 + ((random.NextDouble() - 0.5) * 0.02)));
        var bimodal = Enumerable.Range(0, 40).Select(i => Around(i % 2 == 0 ? 1_000_000 : 1_500_000)).ToList();
        var unimodal = Enumerable.Range(0, 40).Select(_ => Around(1_000_000)).ToList();

        Assert.True(SampleSummarizer.Summarize(bimodal, 0.02)!.Multimodal);
        Assert.False(SampleSummarizer.Summarize(unimodal, 0.02)!.Multimodal);
    }

    [Fact]
    public void The_precision_target_is_met_only_when_the_interval_is_narrow_enough()
    {
        var tight = Enumerable.Range(0, 30).Select(i => 1_000_000L + (i % 5)).ToList();
        var loose = Enumerable.Range(0, 5).Select(i => 1_000_000L * (1 + i)).ToList();

        Assert.True(SampleSummarizer.Summarize(tight, 0.02)!.TargetMet);
        Assert.False(SampleSummarizer.Summarize(loose, 0.02)!.TargetMet);
    }

    [Fact]
    public void The_median_interval_never_leaves_the_range_of_the_samples()
    {
        // Five samples with one far outlier: the normal approximation alone reaches below zero.
        var estimate = MedianEstimator.Median([10, 11, 12, 13, 400], 0.975);

        Assert.True(estimate.Lower >= 10);
        Assert.True(estimate.Upper <= 400);
    }
}
