using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

public sealed class StatisticsTests
{
    [Fact]
    public void The_Maritz_Jarrett_standard_error_of_the_median_of_three_matches_the_hand_computation()
    {
        // {1, 2, 4}, Harrell-Davis weights 7/27, 13/27, 7/27: C₁ = 61/27, C₂ = (7 + 52 + 112)/27 = 171/27,
        // C₂ − C₁² = 896/729, so the standard error is √896 / 27 = 1.1086392257.
        // Perfolizer evaluates the incomplete beta function numerically, to about 1e-8.
        Assert.Equal(1.1086392257, PerfolizerMethods.MaritzJarrettStandardError([4, 1, 2], 0.5), 7);
        // A launch's relative error is that over the median 61/27: 0.4907091655.
        Assert.Equal(0.4907091655, RatioEstimator.LaunchMedian([1, 2, 4]).RelativeStandardError!.Value, 7);
    }

    [Fact]
    public void Perfolizers_median_interval_is_the_standard_error_times_student_t_on_n_minus_1_degrees_of_freedom()
    {
        // Why the error is taken directly: Perfolizer 0.6.1's interval of {1, 2, 4} is ±1.1086392257 · t(0.975; 2 df),
        // t = 4.302652730 (Student's table), not ±1.96 standard errors.
        var (lower, upper) = PerfolizerMethods.QuantileInterval([1, 2, 4], 0.5, 0.95);

        Assert.Equal(1.1086392257 * 4.302652730, (upper - lower) / 2, 6);
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
        // Computed apart with SciPy 1.10.1 (Debian 12's python3-scipy): the Harrell-Davis weights of n = 7 are the differences
        // of beta.cdf(i/7, 4, 4), so C₁ = 10.0 and √(C₂ − C₁²) = 0.133031712624: each median's relative error is 0.0133031712624
        // (SciPy's own mstats.mjci, 0.16066, is the original Maritz-Jarrett with Beta(m−1, n−m) weights, not the Harrell-Davis
        // one used here). Each round's log ratio has variance 2·0.0133032², the mean of two rounds 2·(2·0.0133032²)/4 = 0.0133032²,
        // so the interval is 2·exp(∓t.ppf(0.975, 1)·0.0133032) = 2·exp(∓12.7062047364·0.0133031712624) = [1.688962378, 2.368317999].
        var ratio = RatioEstimator.Ratio([platform, platform], [baseline, baseline]);

        Assert.Equal(2, ratio.Value, 9);
        // Perfolizer evaluates the incomplete beta function numerically, to about 1e-8.
        Assert.Equal(0.0133031712624, RatioEstimator.LaunchMedian(baseline).RelativeStandardError!.Value, 8);
        Assert.Equal(1.688962378, ratio.Lower!.Value, 6);
        Assert.Equal(2.368317999, ratio.Upper!.Value, 6);
    }

    [Theory]
    [InlineData(0.95, 1.0, 12.706204736)] // Student's t table (e.g. R 4.2: qt(0.975, 1))
    [InlineData(0.95, 2.0, 4.302652730)]
    [InlineData(0.95, 5.0, 2.570581836)]
    [InlineData(0.95, 10.0, 2.228138852)]
    [InlineData(0.90, 5.0, 2.015048373)]  // qt(0.95, 5): the two one-sided tests' quantile
    [InlineData(0.90, 2.0, 2.919985580)]
    public void Student_quantiles_match_the_table(double confidence, double degreesOfFreedom, double expected) =>
        Assert.Equal(expected, PerfolizerMethods.TwoSidedQuantile(confidence, degreesOfFreedom), 6);

    [Fact]
    public void Normal_quantile_and_t_p_values_match_the_tables()
    {
        Assert.Equal(1.959963985, PerfolizerMethods.TwoSidedQuantile(0.95, null), 5); // Perfolizer's normal quantile is an approximation good to 1e-6
        Assert.Equal(1.644853627, PerfolizerMethods.TwoSidedQuantile(0.90, null), 5);
        Assert.Equal(0.05, PerfolizerMethods.TwoSidedPValue(2.228138852, 10), 6);
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
        // {2, 4, 8} against {1, 2, 4}: ratio 2; each median's relative Maritz-Jarrett error 0.4907091655 (above), so the
        // log ratio's error is √2 · 0.4907091655 and the bounds 2·exp(∓1.959963985 · that) = 0.5132438, 7.7935666.
        var ratio = RatioEstimator.Ratio([2, 4, 8], [1, 2, 4]);

        Assert.Equal(2, ratio.Value, 9);
        Assert.Equal(0.5132438, ratio.Lower!.Value, 5);
        Assert.Equal(7.7935666, ratio.Upper!.Value, 4);
        Assert.Null(ratio.DegreesOfFreedom);
    }

    [Fact]
    public void A_median_of_few_samples_is_compared_with_medians_of_as_many_samples()
    {
        // Windows of two over {1, 2, 3, 10}: the Harrell-Davis median of two is their mean: 1.5, 2.5, 6.5; their mean 3.5.
        Assert.Equal(3.5, RatioEstimator.EqualFootingMedian([1, 2, 3, 10], 2), 7);
        // As many samples as the launch has, or more: its own Harrell-Davis median (SciPy 1.10.1 mstats.hdquantiles: 3.25950998530).
        Assert.Equal(3.2595099853, RatioEstimator.EqualFootingMedian([1, 2, 3, 10], 4), 9);
        Assert.Equal(3.2595099853, RatioEstimator.EqualFootingMedian([1, 2, 3, 10], 9), 9);
        // So a launch of two samples against one of four: ln(4 ÷ 3.5).
        Assert.Equal(4 / 3.5, RatioEstimator.Ratio([3, 5], [1, 2, 3, 10]).Value, 7);
    }

    [Fact]
    public void Harrell_Davis_weights_sum_to_one_and_give_the_median_scipy_gives()
    {
        double[] sorted = [1, 2, 3, 5, 8, 13, 21];
        var weights = PerfolizerMethods.HarrellDavisWeights(sorted.Length, 0.5);

        Assert.Equal(1, weights.Sum(), 9);
        // SciPy 1.10.1 mstats.hdquantiles(sorted, [0.5]) = 5.85104481490; Perfolizer's numerical beta function agrees to 1e-9.
        Assert.Equal(5.8510448149, weights.Zip(sorted).Sum(p => p.First * p.Second), 8);
        Assert.Equal(5.8510448149, PerfolizerMethods.Quantile(sorted, 0.5), 8);
    }

    [Theory]
    // By hand, the 2³ sums ±0.1 ± 0.2 ± 0.3 are ±0.6, ±0.4, ±0.2, 0, 0: only ±0.6 reach |0.6|, p = 2/8.
    [InlineData(new[] { 0.1, 0.2, 0.3 }, 0.25)]
    // Ties: ±0.2 ± 0.1 ± 0.1 are ±0.4, ±0.2 twice each, 0 twice: six of eight reach |0.2|, p = 6/8.
    [InlineData(new[] { 0.2, 0.1, -0.1 }, 0.75)]
    // Six rounds of one sign: the smallest p six rounds can give, 2/2⁶.
    [InlineData(new[] { 0.3, 0.25, 0.28, 0.31, 0.27, 0.26 }, 0.03125)]
    // SciPy 1.10.1 stats.permutation_test((d,), np.mean, permutation_type='samples', n_resamples=np.inf): 0.125 and 0.09375.
    [InlineData(new[] { 0.05, -0.02, 0.03, 0.04, 0.01, 0.02 }, 0.125)]
    [InlineData(new[] { 0.12, -0.03, 0.07, 0.02, 0.09, -0.01, 0.05 }, 0.09375)]
    public void Sign_flip_p_value_counts_every_sign_assignment(double[] logRatios, double expected)
    {
        Assert.Equal(expected, SignFlipTest.PValue(logRatios)!.Value, 12);
    }

    [Fact]
    public void Sign_flip_p_value_of_many_rounds_is_drawn_from_a_fixed_seed()
    {
        // 20 rounds, beyond exact enumeration: SciPy 1.10.1's exact permutation_test over all 2²⁰ assignments gives
        // 0.013179779; 20,000 draws have a standard error of √(0.0132 · 0.9868 / 20000) = 0.0008, so ±0.003 is four.
        double[] logRatios = [0.02, 0.035, 0.02, -0.029, 0.037, 0.023, -0.006, 0.027, 0.021, 0.019, 0.011, 0.026, -0.012, 0.005, -0.004, 0.028, 0.011, 0.001, -0.013, 0.002];
        var p = SignFlipTest.PValue(logRatios)!.Value;

        Assert.Equal(0.013179779, p, 0.003);
        Assert.Equal(p, SignFlipTest.PValue(logRatios));
        Assert.Equal(1, SignFlipTest.PValue([0.5]));
        Assert.Null(SignFlipTest.PValue([]));
    }

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
