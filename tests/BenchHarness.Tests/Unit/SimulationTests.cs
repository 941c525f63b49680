using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Error rates of the method, by simulation, with the default suite's sampling: its launches, each sampling
/// until the cell's precision target or its iteration cap (adaptive sampling, as the runner does; the time
/// share is not simulated). Noise model, like warm timings measured here: log-normal with σ = 2%, and one
/// sample in twenty slowed by 10–30% (interference from the rest of the machine). Differences between fresh
/// processes are not in the model (see the README's limits of the method). Seeds are fixed: the tests are
/// deterministic.
/// </summary>
public sealed class SimulationTests
{
    private const int Cases = 200;
    private static readonly Suite Default = SuiteLoader.Load("default", ProjectLayout.Discover(), BenchHarness.Workloads.Catalog.WorkloadCatalog.All.Select(w => w.Name).ToList());

    [Fact]
    public void Same_distribution_comparisons_flag_a_difference_in_at_most_5_percent_of_cases()
    {
        var random = new Random(101);
        var flagged = Enumerable.Range(0, Cases).Count(_ => Compare(Draw(random, 1.0), Draw(random, 1.0)).Different);

        Assert.True(flagged <= Cases * 0.05, $"{flagged} of {Cases} A/A comparisons flagged");
    }

    [Fact]
    public void A_5_percent_slowdown_is_detected_in_at_least_95_percent_of_cases()
    {
        var random = new Random(202);
        var detected = Enumerable.Range(0, Cases).Count(_ => Compare(Draw(random, 1.05), Draw(random, 1.0)) is { Different: true, Verdict: ComparisonVerdict.Slower });

        Assert.True(detected >= Cases * 0.95, $"{detected} of {Cases} 5% slowdowns detected");
    }

    [Fact]
    public void Same_distribution_indices_contain_1_in_at_least_90_percent_of_cases()
    {
        var random = new Random(303);
        const int indices = 100;
        var covered = Enumerable.Range(0, indices).Count(_ =>
        {
            var index = IndexEstimator.Index(Enumerable.Range(0, 5).Select(_ => new IndexPart(Draw(random, 1.0), Draw(random, 1.0), 1)).ToList());
            return index.Lower <= 1 && 1 <= index.Upper;
        });

        // Nominal 95%; percentile-bootstrap intervals of medians under-cover a little for small samples.
        Assert.True(covered >= indices * 0.90, $"{covered} of {indices} A/A index intervals contain 1");
    }

    private static (bool Different, bool Equivalent, string Verdict) Compare(List<IReadOnlyList<double>> platform, List<IReadOnlyList<double>> baseline) =>
        ComparisonVerdict.Decide(RatioEstimator.Ratio(platform, baseline),
            PerfolizerMethods.MannWhitneyPValue(platform.SelectMany(l => l).ToList(), baseline.SelectMany(l => l).ToList()), 0.05);

    /// <summary>One cell: each launch samples until the precision target (after its minimum) or the iteration cap.</summary>
    private static List<IReadOnlyList<double>> Draw(Random random, double scale)
    {
        var launches = new List<IReadOnlyList<long>>();
        for (var launch = 0; launch < Default.Launches; launch++)
        {
            var target = new PrecisionTarget(Default.TargetRelativeHalfWidth, launches);
            var samples = new List<long>();
            for (var i = 0; i < Default.Iterations; i++)
            {
                var sample = Sample(random, scale);
                samples.Add(sample);
                if (target.Add(sample))
                {
                    break;
                }
            }

            launches.Add(samples);
        }

        return launches.Select(l => (IReadOnlyList<double>)l.Select(v => (double)v).ToList()).ToList();
    }

    private static long Sample(Random random, double scale)
    {
        var interference = random.NextDouble() < 0.05 ? 1.1 + (0.2 * random.NextDouble()) : 1;
        return (long)(10_000_000 * scale * Math.Exp(0.02 * Normal(random)) * interference);
    }

    /// <summary>Box-Muller: a standard normal from two uniforms.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
