using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Tests.Unit;

/// <summary>The figures the plots and tables draw are computed by the analysis and stored in the result: whiskers, the warm-up curve.</summary>
public sealed class StoredFigureTests
{
    [Fact]
    public void The_whiskers_are_the_extreme_samples_inside_tukeys_fences()
    {
        // Twenty samples 10 … 29 ns and one of 10 000 ns: the quartiles lie near 15 and 25, the fences near 0 and 40.
        var summary = SampleSummarizer.Summarize([.. Enumerable.Range(10, 20).Select(v => (long)v), 10_000], 0.02)!;

        Assert.Equal([10_000L], summary.OutliersNs);
        Assert.Equal(10, summary.WhiskerLowerNs);
        Assert.Equal(29, summary.WhiskerUpperNs);
    }

    [Fact]
    public void Without_outliers_the_whiskers_are_the_extremes()
    {
        var summary = SampleSummarizer.Summarize([4, 1, 2], 0.02)!;

        Assert.Equal((1, 4), (summary.WhiskerLowerNs, summary.WhiskerUpperNs));
    }

    /// <summary>
    /// Identical samples (four launches ready in the same time, or instructions counted the same): the Harrell-Davis quartiles
    /// are a weighted sum of equal values and may round an ulp above them, which left no sample inside the fences.
    /// </summary>
    [Theory]
    [InlineData(2_000_000L, 4)]
    [InlineData(2_000_000L, 5)]
    [InlineData(48_012_345L, 25)]
    public void Identical_samples_are_their_own_whiskers(long ns, int count)
    {
        var summary = SampleSummarizer.Summarize(Enumerable.Repeat(ns, count).ToList(), 0.02)!;

        Assert.Equal((ns, ns, 0), (summary.WhiskerLowerNs, summary.WhiskerUpperNs, summary.OutliersNs.Count));
    }

    [Fact]
    public void The_warm_up_curve_is_each_iterations_median_time_over_its_launchs_warm_median()
    {
        // Launches {1, 2, 4} and {2, 4, 8}: Harrell-Davis medians 61/27 and 122/27 (weights 7/27, 13/27, 7/27), cold
        // 61 and 122, so both launches read 27, 27/61, 54/61, 108/61. A third launch of one warm sample (5 ns, cold
        // 135 ns) reads 27, 1: two of three launches reach four points, so the curve has four; its second point is the
        // Harrell-Davis median of {27/61, 27/61, 1}: (7 · 27/61 + 13 · 27/61 + 7 · 1) / 27 = 20/61 + 7/27.
        var cell = new CellResult
        {
            Platform = "qemu", Workload = "document-render", Status = CellStatus.Ok,
            SamplesNs = [1, 2, 4, 2, 4, 8, 5], WarmLaunchSizes = [3, 3, 1], ColdNs = [61, 122, 135],
        };

        var curve = WarmUpCurve.Of([cell])!;

        Assert.Equal(4, curve.Count);
        Assert.Equal(27, curve[0], 6);
        Assert.Equal((20 / 61.0) + (7 / 27.0), curve[1], 6);
        Assert.Equal(54 / 61.0, curve[2], 6);
        Assert.Equal(108 / 61.0, curve[3], 6);
    }

    [Fact]
    public void A_platform_without_iterating_launches_has_no_warm_up_curve()
    {
        var startUp = new CellResult { Platform = "qemu", Workload = "app-start", Status = CellStatus.Ok, MeasuresStartUp = true, SamplesNs = [5, 6], ColdNs = [9] };

        Assert.Null(WarmUpCurve.Of([startUp, new CellResult { Platform = "qemu", Workload = "document-render", Status = CellStatus.Crashed }]));
    }
}
