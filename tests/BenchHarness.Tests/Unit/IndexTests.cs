using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

/// <summary>The index's two figures and their one interval method, against values computed by hand (Python 3.11 for the arithmetic).</summary>
public sealed class IndexTests
{
    private static List<IReadOnlyList<double>> OneSampleLaunches(params double[] logs) => logs.Select(l => (IReadOnlyList<double>)[Math.Exp(l)]).ToList();

    [Fact]
    public void The_office_day_is_the_weighted_arithmetic_mean_and_the_score_the_weighted_geometric_mean()
    {
        // Weights 3 : 1 over ratios 2 and 8: score exp((3 ln 2 + ln 8) / 4) = 2^1.5; office day (3·2 + 8) / 4 = 3.5.
        double[] baseline = [10, 10.5, 9.5, 10.2, 9.8];
        var index = IndexEstimator.Index([
            new IndexPart(baseline.Select(v => v * 2).ToList(), baseline, 3),
            new IndexPart(baseline.Select(v => v * 8).ToList(), baseline, 1)]);

        Assert.Equal(Math.Pow(2, 1.5), index.Score.Value, 9);
        Assert.Equal(3.5, index.OfficeDay.Value, 9);
    }

    [Fact]
    public void With_rounds_both_intervals_are_t_intervals_over_rounds_as_clusters()
    {
        // Two workloads of equal weight, three rounds of one-sample launches against 1, so each round's log ratio is
        // exact: A 0.1, 0.3, 0.2; B 0.0, 0.2, 0.1. Ratios e^0.2, e^0.1. By hand:
        // score: yᵣ = 0.05, 0.25, 0.15; sd 0.1; ± t(0.975; 2) · 0.1/√3 = 0.2484138 around ln 1.1618342.
        // office day: D = (e^0.2 + e^0.1)/2 = 1.1632868; delta-method weights vᵢ = ωᵢrᵢ/D = 0.5249792, 0.4750208;
        // zᵣ = Σ vᵢdᵢᵣ, sd 0.1 as well (the two rows differ by a constant), so the same relative half-width.
        IReadOnlyList<IReadOnlyList<double>> baseline = [[1.0], [1.0], [1.0]];
        var index = IndexEstimator.Index([new(OneSampleLaunches(0.1, 0.3, 0.2), baseline, 1), new(OneSampleLaunches(0.0, 0.2, 0.1), baseline, 1)]);

        Assert.Equal(IntervalScope.BetweenProcesses, index.Scope);
        Assert.Equal(3, index.Rounds);
        Assert.Equal(1.1618342, index.Score.Value, 6);
        Assert.Equal(0.9062738, index.Score.Lower!.Value, 6);
        Assert.Equal(1.4894602, index.Score.Upper!.Value, 6);
        Assert.Equal(1.1632868, index.OfficeDay.Value, 6);
        Assert.Equal(0.9074069, index.OfficeDay.Lower!.Value, 6);
        Assert.Equal(1.4913224, index.OfficeDay.Upper!.Value, 6);
    }

    [Fact]
    public void With_one_round_the_interval_is_within_process_from_the_ratios_own_errors()
    {
        // {2, 4, 8} and {3, 6, 12} against {1, 2, 4}, equal weights: ratios 2 and 3; every median's relative
        // Maritz-Jarrett error 0.4907092, so each log ratio's is √2 times that. Score √6, error
        // √(2 · 0.5² · 2) · 0.4907092 = 0.4907092; office day 2.5, vᵢ = 0.4, 0.6, error √((0.16 + 0.36) · 2) · 0.4907092.
        // With z = 1.959964: score [0.9362315, 6.4086717], office day [0.9375095, 6.6665992].
        double[] baseline = [1, 2, 4];
        var index = IndexEstimator.Index([new IndexPart([2, 4, 8], baseline, 1), new IndexPart([3, 6, 12], baseline, 1)]);

        Assert.Equal(IntervalScope.WithinProcess, index.Scope);
        Assert.Equal(Math.Sqrt(6), index.Score.Value, 9);
        Assert.Equal(0.9362315, index.Score.Lower!.Value, 5);
        Assert.Equal(6.4086717, index.Score.Upper!.Value, 4);
        Assert.Equal(2.5, index.OfficeDay.Value, 9);
        Assert.Equal(0.9375095, index.OfficeDay.Lower!.Value, 5);
        Assert.Equal(6.6665992, index.OfficeDay.Upper!.Value, 4);
    }

    [Fact]
    public void Too_few_samples_give_an_index_without_an_interval()
    {
        var index = IndexEstimator.Index([new IndexPart([3, 3.1], [1, 1.1, 1.2], 1)]);

        Assert.Equal(IntervalScope.None, index.Scope);
        Assert.Null(index.Score.Lower);
        Assert.Null(index.OfficeDay.Upper);
    }

    [Fact]
    public void A_cells_precision_between_processes_is_the_t_interval_of_its_launch_medians()
    {
        // Launch medians e^0, e^0.1, e^0.2: sd of the logs 0.1, so exp(4.302653 · 0.1/√3) − 1 = 0.2819903.
        Assert.Equal(0.2819903, CellBuilder.LaunchPrecision(OneSampleLaunches(0, 0.1, 0.2))!.Value, 6);
        Assert.Null(CellBuilder.LaunchPrecision(OneSampleLaunches(0.1)));
    }
}
