using BenchHarness.Core.Analysis;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;

namespace BenchHarness.Tests.Unit;

/// <summary>The regression gate's rule, case by case, and the unpaired ratio of two runs, against hand computations.</summary>
public sealed class GateTests
{
    private const double Threshold = 0.05;

    private const double Change = 0.10;

    /// <summary>The t bound alone (as across runs, or before 2026-12-03 within one): these cases check the t part of the rule.</summary>
    private static readonly GateRule TOnly = new(3, SignFlip: false);

    private static GateRow One(CellStatus reference, CellStatus candidate, RatioEstimate? ratio) =>
        Assert.Single(Gate.Decide([new GateEvidence("qemu-candidate", "qemu", "document-render", reference, candidate, ratio)], Threshold, Change, TOnly));

    /// <summary>A ratio over eight rounds (or two) with the given log error, on rounds − 1 degrees of freedom (the bound test reads only these).</summary>
    private static RatioEstimate Ratio(double value, double error, int rounds = 8) => new(value, null, null, null, rounds, error, rounds - 1);

    [Fact]
    public void A_new_crash_or_a_missing_workload_is_a_regression_whatever_the_timings()
    {
        var crashed = One(CellStatus.Ok, CellStatus.Crashed, null);
        var missing = One(CellStatus.Ok, CellStatus.Unavailable, null);
        var incorrect = One(CellStatus.Ok, CellStatus.Incorrect, null);

        Assert.All([crashed, missing, incorrect], r => Assert.Equal(GateVerdict.Broken, r.Verdict));
        Assert.All([crashed, missing, incorrect], r => Assert.Equal(GateOutcome.Regression, r.Outcome));
        Assert.Equal("newly crashed", crashed.Reason);
        Assert.StartsWith("missing", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workload_that_already_failed_on_the_reference_is_not_a_regression_but_undecided()
    {
        var fixedNow = One(CellStatus.Crashed, CellStatus.Ok, null);
        var still = One(CellStatus.Timeout, CellStatus.Timeout, null);

        Assert.Equal(GateOutcome.Undecided, fixedNow.Outcome);
        Assert.Equal(GateOutcome.Undecided, still.Outcome);
    }

    [Fact]
    public void Counted_instructions_are_decided_from_two_launches_and_times_are_not()
    {
        // Host instructions, two launches, log error 0.0001, threshold 1%. SciPy 1.10.1: t = (ln 1.012 − ln 1.01)/0.0001 on
        // 1 df, stats.t.sf(t, 1) = 0.0160769; lower bound 1.012·exp(−t.ppf(0.95, 1)·0.0001) = 1.011361, upper 1.012639.
        var evidence = new GateEvidence("qemu-candidate", "qemu", "document-render", CellStatus.Ok, CellStatus.Ok, Ratio(1.012, 0.0001, rounds: 2));

        var counted = Assert.Single(Gate.Decide([evidence], 0.01, 0.02, GateRule.Paired(MeasureKind.Instructions)));
        var timed = Assert.Single(Gate.Decide([evidence], 0.01, 0.02, GateRule.Paired(MeasureKind.Time)));

        Assert.Equal(GateVerdict.Slower, counted.Verdict);
        Assert.Equal(0.0160769, counted.PValue!.Value, 6);
        Assert.Equal(1.011361, counted.LowerBound!.Value, 5);
        Assert.Equal(1.012639, counted.UpperBound!.Value, 5);
        Assert.Equal(GateVerdict.Undecided, timed.Verdict);
        Assert.StartsWith("2 fresh processes per side: a decision needs 5 (without assuming normal noise", timed.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// The CI run of 2026-12-03 (GateTests, integration): qemu-aarch64 gated against itself at three launches, text-find-replace,
    /// the warm samples as recorded (ms). The machine was in its slow state for all three candidate launches (5.4–5.9 ms) and in
    /// its fast state for the references (3.7–4.0 ms), so the three rounds' ratios agree and the t bound calls an identical
    /// build 39% slower. The rule for time asks the rounds' sign-flip test too, which three rounds cannot satisfy.
    /// </summary>
    [Fact]
    public void Three_rounds_that_caught_the_machine_slow_on_one_side_do_not_call_an_identical_build_slower()
    {
        IReadOnlyList<IReadOnlyList<double>> candidate =
        [
            [6.31, 5.77, 5.68, 5.86, 5.75, 5.95, 5.71, 50.43, 5.79, 5.92, 5.72, 5.88, 5.75, 5.84, 5.80, 5.81, 6.02],
            [6.32, 5.64, 5.74, 5.67, 5.72, 5.70, 5.70, 42.31, 5.72, 5.60, 5.53, 5.51, 5.47, 5.83, 5.48, 5.59, 4.29, 18.01],
            [4.71, 4.84, 3.77, 3.83, 3.77, 3.82, 4.07, 29.50, 3.70, 3.89, 5.44, 5.40, 5.43, 5.42, 5.53, 5.52, 5.50, 23.14, 5.44, 5.43],
        ];
        IReadOnlyList<IReadOnlyList<double>> reference =
        [
            [5.05, 3.92, 3.74, 3.77, 3.83, 3.90, 3.92, 28.58, 3.96, 3.81, 3.92, 3.86, 3.87, 3.81, 3.75, 3.71, 4.13, 15.58, 3.97, 3.97],
            [4.81, 3.90, 3.81, 3.87, 3.76, 3.81, 3.90, 31.30, 4.18, 3.89, 4.14, 4.21, 4.43, 4.44, 4.69, 5.55, 4.62, 23.17, 5.39, 5.29],
            [4.96, 4.63, 4.21, 3.95, 3.75, 3.80, 3.81, 29.00, 3.71, 3.65, 3.71, 3.71, 3.70, 3.73, 3.76, 3.78, 3.80, 12.61, 4.59, 3.80],
        ];
        var evidence = new GateEvidence("qemu-aarch64-candidate", "qemu-aarch64", "text-find-replace", CellStatus.Ok, CellStatus.Ok, RatioEstimator.Ratio(candidate, reference));

        var byT = Assert.Single(Gate.Decide([evidence], Threshold, Change, TOnly));
        var byRule = Assert.Single(Gate.Decide([evidence], Threshold, Change, GateRule.Paired(MeasureKind.Time)));

        Assert.Equal(1.39, byT.Ratio!.Value, 2);
        Assert.Equal(GateVerdict.Slower, byT.Verdict);
        Assert.Equal(GateOutcome.Undecided, byRule.Outcome);
        Assert.StartsWith("3 fresh processes per side: a decision needs 5", byRule.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timed_row_is_decided_by_the_larger_of_the_t_and_sign_flip_p_values()
    {
        // Eight rounds' log ratios, one against the others. Enumerated with Python's itertools.product over the 2⁸ sign
        // assignments of dᵣ − ln 1.05: 9 of 256 have a sum at least the observed one, p = 0.03515625; SciPy 1.10.1:
        // stats.t.sf((mean − ln 1.05)/SE, 7) = 0.026049 (mean 0.22625, SE 0.0759449). The row's p is the larger, ≤ 0.05: slower.
        double[] slower = [0.30, 0.25, 0.35, 0.28, 0.33, -0.30, 0.31, 0.29];
        // Five rounds around 0.99: 1 of 32 assignments of dᵣ − ln 1.05 has a sum at most the observed one (p = 0.03125), so
        // "ratio ≥ 1.05" is rejected: within. Against 1/1.05 all 32 do (p = 1): not faster, whatever the t bound.
        double[] within = [-0.02, 0.01, -0.03, 0.00, -0.01];
        static GateEvidence Of(double[] d, double error) => new("c", "r", "w", CellStatus.Ok, CellStatus.Ok,
            new RatioEstimate(Math.Exp(d.Average()), null, null, null, d.Length, error, d.Length - 1) { RoundLogRatios = d });

        var row = Assert.Single(Gate.Decide([Of(slower, 0.0759449)], Threshold, Change, GateRule.Paired(MeasureKind.Time)));
        var tOnly = Assert.Single(Gate.Decide([Of(slower, 0.0759449)], Threshold, Change, TOnly));
        var passed = Assert.Single(Gate.Decide([Of(within, 0.0001)], Threshold, Change, GateRule.Paired(MeasureKind.Time)));

        Assert.Equal(GateVerdict.Slower, row.Verdict);
        Assert.Equal(0.03515625, row.PValue!.Value, 10);
        Assert.Equal(0.026049, tOnly.PValue!.Value, 5);
        Assert.Equal(GateVerdict.Within, passed.Verdict);
    }

    [Fact]
    public void One_sided_sign_flip_p_values_are_the_share_of_sign_assignments_as_enumerated()
    {
        // Python itertools.product over the sign assignments of dᵣ − shift (by hand for three rounds: only all-plus reaches the sum).
        Assert.Equal(9 / 256.0, SignFlipTest.OneSidedPValue([0.30, 0.25, 0.35, 0.28, 0.33, -0.30, 0.31, 0.29], Math.Log(1.05), above: true)!.Value, 12);
        Assert.Equal(1 / 32.0, SignFlipTest.OneSidedPValue([-0.02, 0.01, -0.03, 0.00, -0.01], Math.Log(1.05), above: false)!.Value, 12);
        Assert.Equal(1.0, SignFlipTest.OneSidedPValue([-0.02, 0.01, -0.03, 0.00, -0.01], -Math.Log(1.05), above: false)!.Value, 12);
        Assert.Equal(1 / 8.0, SignFlipTest.OneSidedPValue([0.4, 0.33, 0.36], Math.Log(1.05), above: true)!.Value, 12);
        Assert.Equal(5, SignFlipTest.RoundsToReach(0.05));
        Assert.Equal(6, SignFlipTest.RoundsToReach(0.025));
        Assert.Equal(5, SignFlipTest.RoundsToReach(1 / 32.0));
    }

    [Fact]
    public void A_lower_bound_above_the_threshold_is_a_regression()
    {
        // SciPy 1.10.1: t = (ln 1.20 − ln 1.05)/0.02 on 7 df, stats.t.sf(t, 7) = 0.000141743; one row, so Holm's level is α:
        // lower bound 1.20·exp(−t.ppf(0.95, 7)·0.02) = 1.155381, upper 1.20·exp(+…) = 1.246342.
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(1.20, 0.02));

        Assert.Equal(GateVerdict.Slower, row.Verdict);
        Assert.Equal(GateOutcome.Regression, row.Outcome);
        Assert.Equal(0.000141743, row.PValue!.Value, 8);
        Assert.Equal(1.155381, row.LowerBound!.Value, 5);
        Assert.Equal(1.246342, row.UpperBound!.Value, 5);
        Assert.Equal("20% slower, at least 15.5% (Holm lower bound), beyond the 5% threshold", row.Reason);
    }

    [Fact]
    public void An_upper_bound_below_the_threshold_passes_even_when_the_change_is_real()
    {
        // Upper bound 1.03·exp(t.ppf(0.95, 7)·0.005) = 1.039803 (SciPy): below 1.05, though the ratio is clearly not 1.
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(1.03, 0.005));

        Assert.Equal(GateVerdict.Within, row.Verdict);
        Assert.Equal(GateOutcome.Pass, row.Outcome);
        Assert.Equal(1.039803, row.UpperBound!.Value, 5);
        Assert.Equal("at most 4% slower (upper bound)", row.Reason);
    }

    [Fact]
    public void An_improvement_beyond_the_threshold_is_reported_and_passes()
    {
        // Upper bound 0.90·exp(t.ppf(0.95, 7)·0.02) = 0.934757 (SciPy), below 1/1.05 = 0.952381.
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(0.90, 0.02));

        Assert.Equal(GateVerdict.Faster, row.Verdict);
        Assert.Equal(GateOutcome.Pass, row.Outcome);
        Assert.Equal("10% faster, at least 6.5% (upper bound)", row.Reason);
    }

    [Fact]
    public void A_change_of_exactly_the_threshold_is_never_a_regression_however_precise()
    {
        // Its p-value for "ratio ≤ 1.05" is about ½ (SciPy: t.sf(ln(1.0501/1.05)/0.0005, 7) = 0.4271746): the old rule (significantly different from 1, point estimate above
        // 1 + θ) fired on half of such rows.
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(1.0501, 0.0005));

        Assert.Equal(GateOutcome.Undecided, row.Outcome);
        Assert.Equal(0.4271746, row.PValue!.Value, 6);
    }

    [Fact]
    public void Holm_steps_down_and_stops_at_the_first_row_it_cannot_reject()
    {
        // Ratios whose p-values for "ratio ≤ 1.05" are 0.02, 0.03 and 0.04 at error 0.02 on 7 df (SciPy: 1.05·exp(t.isf(p, 7)·0.02)
        // = 1.104205, 1.098129, 1.093857). Holm tests the smallest at 0.05/3, the next at 0.05/2 = 0.025, the last at 0.05:
        // {0.0001, 0.02, 0.04}: 0.0001 ≤ 0.0167, 0.02 ≤ 0.025, 0.04 ≤ 0.05 — all three regress (Bonferroni would keep two);
        // {0.0001, 0.03, 0.04}: 0.03 > 0.025 stops the step-down — one regresses, though 0.04 < 0.05.
        static IReadOnlyList<GateRow> Three(params double[] ratios) =>
            Gate.Decide(ratios.Select((r, i) => new GateEvidence("c", "r", $"w{i}", CellStatus.Ok, CellStatus.Ok, Ratio(r, 0.02))).ToList(), Threshold, Change, TOnly);

        var all = Three(1.20, 1.104205, 1.093857);
        var stopped = Three(1.20, 1.098129, 1.093857);

        Assert.All(all, r => Assert.Equal(GateVerdict.Slower, r.Verdict));
        Assert.Equal([GateVerdict.Slower, GateVerdict.Undecided, GateVerdict.Undecided], stopped.Select(r => r.Verdict));
        Assert.Equal(0.04, stopped[2].PValue!.Value, 5);
        Assert.Contains("Holm's step-down stopped", stopped[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noisy_row_is_undecided_and_says_what_the_launches_could_catch_and_how_many_would_decide()
    {
        // Error 0.05 on 7 df (8 launches), one row: the smallest true change caught with 80% power is
        // exp(ln 1.05 + (t.ppf(0.95, 7) + t.ppf(0.80, 7))·0.05) − 1 = 0.207220 (SciPy). Launches that would catch 10% and pass an
        // unchanged build, 80% power each, at the per-launch spread 0.05·√8: 59, the exact noncentral-t answer
        // (SciPy stats.nct: power 0.8029 to catch 10%, 0.8350 to pass, at 59; below 0.80 at 58).
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(1.02, 0.05));

        Assert.Equal(GateVerdict.Undecided, row.Verdict);
        Assert.Equal(0.207220, row.Detectable!.Value, 5);
        Assert.Equal(59, row.LaunchesNeeded);
        Assert.Contains("about 59 launches would catch 10% and pass an unchanged build", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_three_launches_decide_nothing()
    {
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(2.0, 0.01, rounds: 2));

        Assert.Equal(GateOutcome.Undecided, row.Outcome);
        Assert.Equal("2 fresh processes per side: a decision needs 3", row.Reason);
    }

    [Fact]
    public void Between_runs_the_change_adds_twice_the_between_run_variance()
    {
        // Three A/A runs of one workload with log figures 0.00, 0.10, 0.20, each with within-run variance 0.001: their spread
        // (sample variance) is 0.01, so τ² = 0.01 − 0.001 = 0.009 on 2 degrees of freedom. Reference figure 0.0 and candidate
        // 0.3, each with variance 0.001 on 7 df: the change exp(0.3) = 1.349859 has log variance 0.001 + 0.001 + 2·0.009 = 0.02
        // (error 0.141421) and Welch-Satterthwaite degrees of freedom 0.02²/(2·0.001²/7 + 0.018²/2) = 2.464789 (by hand).
        var aa = BetweenRuns.Estimate([[new RunMeasure(0.0, 0.001, 7, 8), new RunMeasure(0.1, 0.001, 7, 8), new RunMeasure(0.2, 0.001, 7, 8)]])!;
        var change = BetweenRuns.Change(new RunMeasure(0.0, 0.001, 7, 8), new RunMeasure(0.3, 0.001, 7, 8), aa);

        Assert.Equal(0.009, aa.Variance, 9);
        Assert.Equal(2, aa.DegreesOfFreedom);
        Assert.Equal(1.349859, change.Value, 6);
        Assert.Equal(0.141421, change.LogStandardError!.Value, 6);
        Assert.Equal(2.464789, change.DegreesOfFreedom!.Value, 5);
    }

    [Fact]
    public void Between_runs_without_an_estimate_every_timed_row_is_undecided()
    {
        var row = Assert.Single(Gate.Decide([new GateEvidence("qemu", "native", "document-render", CellStatus.Ok, CellStatus.Ok, null) { Undecidable = "no A/A runs" }], Threshold, Change, GateRule.Runs));

        Assert.Equal(GateOutcome.Undecided, row.Outcome);
        Assert.Equal("no A/A runs", row.Reason);
    }

    [Theory]
    [InlineData(GateMode.Paired, "paired")]
    [InlineData(GateMode.Runs, "runs")]
    public void Compare_json_names_the_mode_in_words(GateMode mode, string word)
    {
        var gate = new GateResult { Mode = mode, Runs = ["runs/a"], Threshold = Threshold, Change = Change, Rows = [] };

        Assert.Contains($"\"mode\": \"{word}\"", System.Text.Encoding.UTF8.GetString(CompareReport.Json(gate)), StringComparison.Ordinal);
    }
}
