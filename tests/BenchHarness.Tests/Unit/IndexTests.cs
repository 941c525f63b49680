using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

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
    public void The_interval_is_never_narrower_than_the_workloads_within_process_errors_allow()
    {
        // Two workloads of equal weight, three rounds; every launch is {1, 2, 4} scaled, so each log ratio is exact
        // (A 0.1, 0.3, 0.2; B 0.0, 0.2, 0.1, as in the cluster test above) and every launch median's relative
        // Maritz-Jarrett error is 0.4907092. Computed with python3 and scipy 1.10 (the Harrell-Davis weights
        // from scipy.stats.beta.cdf, Maritz-Jarrett's √(C₂ − C₁²) with them, scipy.stats.t.ppf): each workload's within-process variance of its mean log ratio is
        // 2 · 0.4907092² / 3 = 0.1605303; the rounds alone give var(ȳ) = 0.1²/3 = 0.0033333, the floor
        // Σ ωᵢ²·sᵢ² = 0.0802652 binds: score e^0.15 · exp(±t(0.975; 2) · √0.0802652) = [0.3433554, 3.9313746] (the rounds alone
        // gave [0.9062738, 1.4894602]); office day with vᵢ = 0.5249792, 0.4750208: [0.3432625, 3.9422786].
        IReadOnlyList<double> launch = [1, 2, 4];
        List<IReadOnlyList<double>> Scaled(params double[] logs) => logs.Select(l => (IReadOnlyList<double>)launch.Select(v => v * Math.Exp(l)).ToList()).ToList();
        IReadOnlyList<IReadOnlyList<double>> baseline = [launch, launch, launch];
        var parts = new List<IndexPart> { new(Scaled(0.1, 0.3, 0.2), baseline, 1), new(Scaled(0.0, 0.2, 0.1), baseline, 1) };

        var index = IndexEstimator.Index(parts);

        Assert.Equal(0.1605303, parts[0].Ratio.WithinVariance!.Value, 6);
        Assert.Equal(IntervalScope.BetweenProcesses, index.Scope);
        Assert.Equal(1.1618342, index.Score.Value, 6);
        Assert.Equal(0.3433554, index.Score.Lower!.Value, 6);
        Assert.Equal(3.9313746, index.Score.Upper!.Value, 6);
        Assert.Equal(0.3432625, index.OfficeDay.Lower!.Value, 6);
        Assert.Equal(3.9422786, index.OfficeDay.Upper!.Value, 6);
    }

    [Fact]
    public void Rounds_are_matched_by_their_number_not_by_their_position()
    {
        // A has rounds 0–3 (log ratios 0, 0.1, 0.3, 0.2); B, like app-start whose round 0 is its cold start, rounds 1–4
        // (0.2, 0.4, 0.3, 0.9); equal weights, one-sample launches, so no within-process floor. By hand (python3/scipy 1.10):
        // the common rounds 1, 2, 3 give yᵣ = 0.15, 0.35, 0.25, sd 0.1; ln G = (0.15 + 0.45)/2 = 0.3 over every round of each;
        // exp(0.3 ± t(0.975; 2) · 0.1/√3) = [1.0529400, 1.7305059]. Matched by position (four rounds) it would be
        // [1.0023121, 1.8179156].
        IReadOnlyList<IReadOnlyList<double>> baseline = [[1.0], [1.0], [1.0], [1.0]];
        var index = IndexEstimator.Index([
            new(OneSampleLaunches(0.0, 0.1, 0.3, 0.2), baseline, 1, [0, 1, 2, 3], [0, 1, 2, 3]),
            new(OneSampleLaunches(0.2, 0.4, 0.3, 0.9), baseline, 1, [1, 2, 3, 4], [1, 2, 3, 4])]);

        Assert.Equal(3, index.Rounds);
        Assert.Equal(Math.Exp(0.3), index.Score.Value, 9);
        Assert.Equal(1.0529400, index.Score.Lower!.Value, 6);
        Assert.Equal(1.7305059, index.Score.Upper!.Value, 6);
    }

    [Fact]
    public void A_start_up_cell_keeps_the_round_number_of_each_launch()
    {
        // app-start in rounds 0–3: round 0 is its cold start, rounds 1–3 its warm launches.
        var launches = Enumerable.Range(0, 4).Select(r => new LaunchRecord
        {
            Platform = "p", Workload = "app-start", Round = r, Attempt = 1, Status = CellStatus.Ok, Measure = Measure.Startup, ReadyNs = 30 + r,
        }).ToList();

        var cell = CellBuilder.Build(new CellKey("p", "app-start"), launches, [], null, 0.02);

        Assert.Equal([1, 2, 3], cell.WarmRounds());
        Assert.Equal([0, 1, 2, 3], cell.ColdRounds());
        // A result written before rounds were kept: a start-up cell's warm launches are rounds 1, 2, 3 … all the same.
        Assert.Equal([1, 2, 3], (cell with { WarmLaunchRounds = [], ColdLaunchRounds = [] }).WarmRounds());
        Assert.Equal([0, 1, 2, 3], (cell with { WarmLaunchRounds = [], ColdLaunchRounds = [] }).ColdRounds());
    }

    [Fact]
    public void A_counted_start_up_has_no_cold_launch_every_launch_is_a_sample()
    {
        var launches = Enumerable.Range(0, 2).Select(r => new LaunchRecord
        {
            Platform = "p", Workload = "app-start", Round = r, Attempt = 1, Status = CellStatus.Ok, Measure = Measure.Startup, ReadyNs = 7_328_898_796 + r,
        }).ToList();

        var counted = CellBuilder.Build(new CellKey("p", "app-start"), launches, [], null, 0.02, MeasureKind.Instructions);
        var timed = CellBuilder.Build(new CellKey("p", "app-start"), launches, [], null, 0.02);

        Assert.Equal([7_328_898_796L, 7_328_898_797L], counted.SamplesNs);
        Assert.Equal([0, 1], counted.WarmRounds());
        Assert.Equal([7_328_898_797L], timed.SamplesNs);
    }

    [Fact]
    public void Platforms_are_ranked_only_against_platforms_of_the_same_baseline()
    {
        // The case: against native-aot for all, qemu-aarch64-jit (12.96) would outrank qemu-x86_64 (12.23); each
        // against its own baseline, they are not ranked against each other at all.
        IndexResult Index(string platform, string baseline, double? common) => new()
        {
            Platform = platform, Baseline = baseline, Value = common ?? 1, OfficeDay = new IndexFigure { Value = 1 }, WorkloadsCovered = 1, WorkloadsInSuite = 1, Coverage = 1,
            Common = common is { } c ? new CommonIndex { Workloads = 1, Coverage = 1, Score = new IndexFigure { Value = c }, OfficeDay = new IndexFigure { Value = c } } : null,
        };
        PlatformDefinition Platform(string name) => new() { Name = name, Target = ProbeTarget.Parse("linux-x64-aot") };

        var ranked = ResultBuilder.Ranked(
            [Index("qemu-aarch64-jit", "native-jit", 12.96), Index("qemu-x86_64", "native-aot", 12.23), Index("wine", "native-jit", 1.5),
                Index("valgrind", "native-aot", null), Index("qemu-aarch64", "native-aot", 13.1)],
            [Platform("native-aot"), Platform("native-jit")]);

        Assert.Equal(["qemu-aarch64", "qemu-x86_64", "valgrind", "qemu-aarch64-jit", "wine"], ranked.Select(i => i.Platform));
        Assert.Equal([1, 2, null, 1, 2], ranked.Select(i => i.Rank));
        Assert.Equal([2, 2, null, 2, 2], ranked.Select(i => i.RankedAmong));
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
