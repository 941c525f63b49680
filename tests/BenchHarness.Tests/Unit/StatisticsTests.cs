using BenchHarness.Core.Analysis;

namespace BenchHarness.Tests.Unit;

public sealed class StatisticsTests
{
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
    public void The_index_is_the_weighted_geometric_mean()
    {
        // Weights 3 : 1 over ratios 2 and 8: exp((3 ln 2 + ln 8) / 4) = 2^(6/4).
        var index = IndexEstimator.Index([(new Estimate(2, 1.5, 2.5), 3), (new Estimate(8, 7, 9), 1)]);

        Assert.Equal(Math.Pow(2, 1.5), index.Value, 9);
        Assert.True(index.Lower <= index.Value && index.Value <= index.Upper);
        Assert.Equal(Math.Exp(((3 * Math.Log(1.5)) + Math.Log(7)) / 4), index.Lower!.Value, 9);
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
