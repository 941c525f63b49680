using BenchHarness.Core.Analysis;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using Xunit.Abstractions;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// The gate's error rates and power, by simulation of the gate itself (not of its formulas), 2,000 gates per case, seeds fixed.
/// A launch is five samples, log-normal with σ = 1% within the process, around the process's own factor (log-normal, σ between
/// processes as given) times the machine's state (<see cref="Noise"/>): Gaussian drift shared by a round, a round wholly in the
/// slow state, or — what this machine does — a state per launch that a round's two partners may not share. Limits are the 99.9% one-sided binomial bounds of 2,000 trials (SciPy 1.10.1, stats.binom.ppf): at most
/// 131 of 2,000 when the true rate is 5% (the family-wise α), at least 1,544 when it is 80% (the power named).
/// </summary>
public sealed class GateSimulationTests(ITestOutputHelper output)
{
    private const int Gates = 2000;
    private const int MostAtFivePercent = 131;
    private const int LeastAtEightyPercent = 1544;
    private const double Threshold = 0.05;
    private const double Change = 0.10;

    [Theory]
    [InlineData(Noise.GaussianRounds)]
    [InlineData(Noise.TwoStateRounds)]
    [InlineData(Noise.PartnerStates)]
    public void An_identical_candidate_regresses_in_at_most_5_percent_of_gates_of_17_rows(Noise noise)
    {
        var random = new Random(2512);
        var failed = 0;
        var passed = 0;
        for (var g = 0; g < Gates; g++)
        {
            var gate = Gate(random, Enumerable.Repeat(1.0, 17).ToArray(), launches: 8, between: 0.02, noise);
            failed += gate.Any(r => r.Regression) ? 1 : 0;
            passed += gate.All(r => r.Outcome == GateOutcome.Pass) ? 1 : 0;
        }

        output.WriteLine($"{noise}: {failed} of {Gates} A/A gates regressed, {passed} passed");
        Assert.True(failed <= MostAtFivePercent, $"{failed} of {Gates}");
    }

    [Theory]
    [InlineData(Noise.GaussianRounds)]
    [InlineData(Noise.TwoStateRounds)]
    [InlineData(Noise.PartnerStates)]
    public void A_true_change_of_exactly_the_threshold_is_called_a_regression_at_most_5_percent_of_the_time(Noise noise)
    {
        var random = new Random(77);
        var regressed = Enumerable.Range(0, Gates).Count(_ => Gate(random, [1 + Threshold], launches: 30, between: 0.01, noise)[0].Regression);

        output.WriteLine($"{regressed} of {Gates} rows at exactly +5% regressed");
        Assert.True(regressed <= MostAtFivePercent, $"{regressed} of {Gates}");
    }

    /// <summary>
    /// At the launches the gate names for a row (launchesNeeded, the median over 100 pilot gates of 40 launches at the same noise, each of a candidate 5% slower, which stays undecided), a true change of
    /// Δ = 10% is caught, and an unchanged build passes, each in at least 80% of gates.
    /// </summary>
    [Fact]
    public void At_the_launches_the_gate_names_a_true_change_is_caught_and_an_unchanged_build_passes_with_80_percent_power()
    {
        var random = new Random(4242);
        var pilots = Enumerable.Range(0, 100).Select(_ => Gate(random, [1.05], launches: 40, between: 0.05, Noise.GaussianRounds)[0])
            .Where(r => r.LaunchesNeeded is not null).Select(r => r.LaunchesNeeded!.Value).Order().ToList();
        var needed = pilots[pilots.Count / 2];
        var caught = Enumerable.Range(0, Gates).Count(_ => Gate(random, [1 + Change], needed, between: 0.05, Noise.GaussianRounds)[0].Regression);
        var passed = Enumerable.Range(0, Gates).Count(_ => Gate(random, [1.0], needed, between: 0.05, Noise.GaussianRounds)[0].Outcome == GateOutcome.Pass);

        output.WriteLine($"median launchesNeeded of 100 pilots: {needed}; at it, a 10% change caught in {caught} of {Gates}, an unchanged build passed in {passed}");
        Assert.InRange(needed, 4, 200);
        Assert.True(caught >= LeastAtEightyPercent, $"caught {caught} of {Gates} at {needed} launches");
        Assert.True(passed >= LeastAtEightyPercent, $"passed {passed} of {Gates} at {needed} launches");
    }

    /// <summary>
    /// The CI failure of 2026-12-03 in the model: at three launches the partners' states line up in all three rounds often
    /// enough that the t bound alone calls an identical build slower (measured 2026-12-03: 13 of 2,000 gates of 2 rows, 83 of 17
    /// rows); the rule for time, which also asks the rounds' sign-flip test, never does below five launches, and at eight
    /// regressed 1 of 2,000 gates of 2 rows (t alone: 2).
    /// </summary>
    [Fact]
    public void At_three_launches_the_partners_states_fool_the_t_bound_and_not_the_rule()
    {
        var random = new Random(99);
        var byT = Enumerable.Range(0, Gates).Count(_ => Gate(random, [1.0, 1.0], 3, 0.02, Noise.PartnerStates, new GateRule(3, SignFlip: false)).Any(r => r.Regression));
        random = new Random(99);
        var byRule = Enumerable.Range(0, Gates).Count(_ => Gate(random, [1.0, 1.0], 3, 0.02, Noise.PartnerStates).Any(r => r.Regression));

        output.WriteLine($"three launches, two rows, partner states: {byT} of {Gates} gates regressed by the t bound alone, {byRule} by the rule");
        Assert.True(byT > 0, "the model should reproduce the CI's false regression at three launches");
        Assert.Equal(0, byRule);
    }

    /// <summary>How the machine's state moves the launches of a gate.</summary>
    public enum Noise
    {
        /// <summary>Gaussian drift (σ = 5%) shared by a round's two launches.</summary>
        GaussianRounds,

        /// <summary>A whole round 1.5× slower one time in four, both launches alike.</summary>
        TwoStateRounds,

        /// <summary>
        /// This machine's two speeds as they fall on the launches: a state per launch, 1.5× slower in the slow state, a
        /// Markov chain over consecutive launches (slow 30% of the time, a slow launch followed by a slow one 60% of the
        /// time, so a slow spell covers a few launches), two launches of other cells between a row's rounds, the order
        /// within a round alternating (AB/BA) as the run plan does.
        /// </summary>
        PartnerStates,
    }

    private const double SlowState = 1.5;

    /// <summary>One gate: a candidate <paramref name="scales"/>[i] times as slow as its reference on row i.</summary>
    private static IReadOnlyList<GateRow> Gate(Random random, double[] scales, int launches, double between, Noise noise, GateRule? rule = null) =>
        Core.Compare.Gate.Decide(scales.Select((scale, i) =>
        {
            var (candidate, reference) = (new List<IReadOnlyList<double>>(), new List<IReadOnlyList<double>>());
            var slow = random.NextDouble() < 0.3;
            double Next()
            {
                slow = random.NextDouble() < (slow ? 0.6 : 0.3 * 0.4 / 0.7);
                return slow ? SlowState : 1.0;
            }

            for (var round = 0; round < launches; round++)
            {
                double shared = 1, candidateState = 1, referenceState = 1;
                switch (noise)
                {
                    case Noise.GaussianRounds:
                        shared = Math.Exp(0.05 * Normal(random));
                        break;
                    case Noise.TwoStateRounds:
                        shared = random.NextDouble() < 0.25 ? SlowState : 1.0;
                        break;
                    default:
                    {
                        // Two launches of other cells, then this round's two, the candidate first in even rounds.
                        (_, _) = (Next(), Next());
                        var (first, second) = (Next(), Next());
                        (candidateState, referenceState) = round % 2 == 0 ? (first, second) : (second, first);
                        break;
                    }
                }

                candidate.Add(Launch(random, scale * shared * candidateState * Math.Exp(between * Normal(random))));
                reference.Add(Launch(random, shared * referenceState * Math.Exp(between * Normal(random))));
            }

            return new GateEvidence("candidate", "reference", $"w{i}", CellStatus.Ok, CellStatus.Ok, RatioEstimator.Ratio(candidate, reference));
        }).ToList(), Threshold, Change, rule ?? GateRule.Paired(MeasureKind.Time));

    private static List<double> Launch(Random random, double factor)
    {
        var samples = new List<double>(5);
        for (var i = 0; i < 5; i++)
        {
            samples.Add(1e6 * factor * Math.Exp(0.01 * Normal(random)));
        }

        return samples;
    }

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
