using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using Xunit.Abstractions;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Error rates of the method, by simulation, with the default suite's sampling: its launches, each sampling
/// until the cell's precision target or its iteration cap (adaptive sampling, as the runner does; the time
/// share is not simulated), platforms paired round by round. Noise model, from A/A runs measured here (README,
/// "Limits of the method"): within a process, log-normal with σ = 2% and one sample in twenty slowed by
/// 10–30% (interference from the rest of the machine); every fresh process its own factor, log-normal with
/// σ = 1% (memory layout, page placement); every round a drift of the machine, log-normal with σ = 5%, shared
/// by the two launches of the round. A case is a whole platform: every workload of the suite, its verdicts
/// adjusted together as the analysis does. Seeds are fixed: the tests are deterministic.
/// </summary>
public sealed class SimulationTests(ITestOutputHelper output)
{
    private const int Cases = 200;
    private const double WithinProcess = 0.02;
    private const double BetweenProcesses = 0.01;
    private const double Drift = 0.05;
    private static readonly Suite Default = SuiteLoader.Load("default", ProjectLayout.Discover(), BenchHarness.Workloads.Catalog.WorkloadCatalog.All.Select(w => w.Name).ToList());

    [Fact]
    public void A_platform_compared_with_itself_has_any_workload_flagged_in_at_most_5_percent_of_cases()
    {
        var random = new Random(101);
        var flagged = Enumerable.Range(0, Cases).Count(_ => Platform(random, 1.0).Any(c => c.Different));
        output.WriteLine($"{flagged} of {Cases} A/A platforms had a workload flagged");

        Assert.True(flagged <= Cases * 0.05, $"{flagged} of {Cases} A/A platforms had a workload flagged");
    }

    [Fact]
    public void A_5_percent_slowdown_is_detected_in_at_least_95_percent_of_comparisons()
    {
        var random = new Random(202);
        var comparisons = Enumerable.Range(0, Cases / 10).SelectMany(_ => Platform(random, 1.05)).ToList();
        var detected = comparisons.Count(c => c is { Different: true, Verdict: Verdict.Slower });
        output.WriteLine($"{detected} of {comparisons.Count} 5% slowdowns detected");

        Assert.True(detected >= comparisons.Count * 0.95, $"{detected} of {comparisons.Count} 5% slowdowns detected");
    }

    [Fact]
    public void Same_distribution_indices_contain_1_in_at_least_90_percent_of_cases()
    {
        var random = new Random(303);
        const int indices = 100;
        var covered = Enumerable.Range(0, indices).Count(_ =>
        {
            var index = IndexEstimator.Index(Enumerable.Range(0, 5).Select(_ => Cell(random, 1.0)).Select(c => new IndexPart(c.Platform, c.Baseline, 1)).ToList());
            return index.Lower <= 1 && 1 <= index.Upper;
        });

        output.WriteLine($"{covered} of {indices} A/A index intervals contain 1");
        // Nominal 95%; percentile-bootstrap intervals of medians under-cover a little for small samples.
        Assert.True(covered >= indices * 0.90, $"{covered} of {indices} A/A index intervals contain 1");
    }

    /// <summary>
    /// How many launches a verdict needs, by how much fresh processes differ (σ between processes; measured here
    /// 0.5–4% depending on the workload): the README's table. False flags stay rare at every setting, and
    /// detection grows with launches.
    /// </summary>
    [Fact]
    public void Detection_grows_with_launches_and_false_flags_stay_rare_at_every_setting()
    {
        var random = new Random(404);
        var rows = new List<string> { "| launches | σ between processes | A/A platforms with a flag | 5% slower detected | 10% slower detected |", "|---|---|---|---|---|" };
        foreach (var between in new[] { 0.01, 0.02, 0.04 })
        {
            var previous = -1;
            foreach (var launches in new[] { 4, 6, 8 })
            {
                var aa = Enumerable.Range(0, 60).Count(_ => Platform(random, 1.0, launches, between).Any(c => c.Different));
                var five = Enumerable.Range(0, 6).SelectMany(_ => Platform(random, 1.05, launches, between)).Count(c => c.Verdict == Verdict.Slower);
                var ten = Enumerable.Range(0, 6).SelectMany(_ => Platform(random, 1.10, launches, between)).Count(c => c.Verdict == Verdict.Slower);
                var of = 6 * Default.Workloads.Count;
                rows.Add($"| {launches} | {between:P0} | {aa} of 60 | {five} of {of} ({(double)five / of:P0}) | {ten} of {of} ({(double)ten / of:P0}) |");

                Assert.True(aa <= 60 * 0.05 + 1, $"{aa} of 60 A/A platforms flagged with {launches} launches, σ {between:P0}");
                Assert.True(five >= previous - (of / 20), $"5% detection fell from {previous} to {five} with {launches} launches, σ {between:P0}");
                previous = five;
            }
        }

        output.WriteLine(string.Join('\n', rows));
    }

    /// <summary>Every workload of the default suite on a platform <paramref name="scale"/> times as slow as its baseline, decided as the analysis does.</summary>
    private static List<(bool Different, bool Equivalent, Verdict Verdict)> Platform(Random random, double scale, int? launches = null, double betweenProcesses = BetweenProcesses)
    {
        var cells = Default.Workloads.Select(_ => Cell(random, scale, launches, betweenProcesses)).ToList();
        var ratios = cells.Select(c => RatioEstimator.Ratio(c.Platform, c.Baseline)).ToList();
        var adjusted = FalseDiscoveryRate.Adjust(ratios.Select(r => r.PValue).ToList());
        return cells.Select((c, i) => ComparisonVerdict.Decide(ratios[i].Estimate, adjusted[i],
            PerfolizerMethods.MannWhitneyPValue(c.Platform.SelectMany(l => l).ToList(), c.Baseline.SelectMany(l => l).ToList()), Default.EquivalenceMargin)).ToList();
    }

    /// <summary>One workload on both sides, round by round: each round's drift is shared by its two launches.</summary>
    private static (List<IReadOnlyList<double>> Platform, List<IReadOnlyList<double>> Baseline) Cell(
        Random random, double scale, int? launches = null, double betweenProcesses = BetweenProcesses)
    {
        var (platform, baseline) = (new List<IReadOnlyList<long>>(), new List<IReadOnlyList<long>>());
        for (var round = 0; round < (launches ?? Default.Launches); round++)
        {
            var drift = Math.Exp(Drift * Normal(random));
            platform.Add(Launch(random, scale * drift * Math.Exp(betweenProcesses * Normal(random)), platform));
            baseline.Add(Launch(random, drift * Math.Exp(betweenProcesses * Normal(random)), baseline));
        }

        static List<IReadOnlyList<double>> Doubles(List<IReadOnlyList<long>> launches) =>
            launches.Select(l => (IReadOnlyList<double>)l.Select(v => (double)v).ToList()).ToList();
        return (Doubles(platform), Doubles(baseline));
    }

    /// <summary>One fresh process (its own factor is in the scale): samples until the precision target (after its minimum) or the iteration cap.</summary>
    private static List<long> Launch(Random random, double process, IReadOnlyList<IReadOnlyList<long>> earlier)
    {
        var target = new PrecisionTarget(Default.TargetRelativeHalfWidth, earlier);
        var samples = new List<long>();
        for (var i = 0; i < Default.Iterations; i++)
        {
            var sample = Sample(random, process);
            samples.Add(sample);
            if (target.Add(sample))
            {
                break;
            }
        }

        return samples;
    }

    private static long Sample(Random random, double scale)
    {
        var interference = random.NextDouble() < 0.05 ? 1.1 + (0.2 * random.NextDouble()) : 1;
        return (long)(10_000_000 * scale * Math.Exp(WithinProcess * Normal(random)) * interference);
    }

    /// <summary>Box-Muller: a standard normal from two uniforms.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
