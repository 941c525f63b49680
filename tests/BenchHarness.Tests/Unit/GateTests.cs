using BenchHarness.Core.Analysis;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;

namespace BenchHarness.Tests.Unit;

/// <summary>The regression gate's rule, case by case, and the unpaired ratio of two runs, against hand computations.</summary>
public sealed class GateTests
{
    private const double Threshold = 0.05;

    private static GateRow One(CellStatus reference, CellStatus candidate, RatioEstimate? ratio) =>
        Assert.Single(Gate.Decide([new GateEvidence("qemu-candidate", "qemu", "document-render", reference, candidate, ratio)], Threshold));

    /// <summary>
    /// A ratio over eight rounds (or two) with the given log error; its 95% interval value·exp(∓t·error) with Student's
    /// t from the table (SciPy 1.10.1 t.ppf(0.975, df): 2.364624251 for 7 degrees of freedom, 12.706204736 for 1).
    /// </summary>
    private static RatioEstimate Ratio(double value, double error, double pValue, int rounds = 8)
    {
        var half = rounds switch { 8 => 2.364624251, 2 => 12.706204736, _ => throw new ArgumentOutOfRangeException(nameof(rounds)) } * error;
        return new RatioEstimate(value, value * Math.Exp(-half), value * Math.Exp(half), pValue, rounds, error, rounds - 1);
    }

    [Fact]
    public void A_new_crash_or_a_missing_workload_is_a_regression_whatever_the_timings()
    {
        var crashed = One(CellStatus.Ok, CellStatus.Crashed, null);
        var missing = One(CellStatus.Ok, CellStatus.Unavailable, null);
        var incorrect = One(CellStatus.Ok, CellStatus.Incorrect, null);

        Assert.All([crashed, missing, incorrect], r => Assert.Equal(GateVerdict.Broken, r.Verdict));
        Assert.All([crashed, missing, incorrect], r => Assert.True(r.Regression));
        Assert.Equal("newly crashed", crashed.Reason);
        Assert.StartsWith("missing", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workload_that_already_failed_on_the_reference_is_not_a_regression()
    {
        var fixedNow = One(CellStatus.Crashed, CellStatus.Ok, null);
        var still = One(CellStatus.Timeout, CellStatus.Timeout, null);

        Assert.False(fixedNow.Regression);
        Assert.False(still.Regression);
        Assert.Equal(GateVerdict.Unknown, still.Verdict);
    }

    [Fact]
    public void Significantly_slower_beyond_the_threshold_is_a_regression()
    {
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(1.20, 0.02, 0.0001));

        Assert.Equal(GateVerdict.Slower, row.Verdict);
        Assert.True(row.Regression);
        Assert.Equal("20% slower, beyond the 5% threshold", row.Reason);
    }

    [Fact]
    public void A_small_real_difference_inside_the_threshold_is_the_same()
    {
        // 90% interval 1.03·exp(∓1.894579·0.005) = [1.0203, 1.0398]: inside ±5%, though significantly different from 1.
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(1.03, 0.005, 0.00001));

        Assert.Equal(GateVerdict.Same, row.Verdict);
        Assert.False(row.Regression);
    }

    [Fact]
    public void A_noisy_row_is_unknown_and_says_what_the_launches_could_detect()
    {
        // Error 0.05 on 7 degrees of freedom: (t₀.₉₇₅ + t₀.₈₀)·0.05 = (2.364624 + 0.896030)·0.05 = 0.163033, so
        // exp(0.163033) − 1 = 17.7% is detectable; 8·(0.163033 / ln 1.05)² = 89.3, so 90 launches would detect 5%.
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(1.02, 0.05, 0.7));

        Assert.Equal(GateVerdict.Unknown, row.Verdict);
        Assert.Equal(0.177075, row.Detectable!.Value, 5);
        Assert.Equal(90, row.LaunchesNeeded);
        Assert.Contains("about 90 would detect 5%", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_three_launches_decide_nothing()
    {
        var row = One(CellStatus.Ok, CellStatus.Ok, Ratio(2.0, 0.01, 0.0001, rounds: 2));

        Assert.Equal(GateVerdict.Unknown, row.Verdict);
        Assert.False(row.Regression);
    }

    [Fact]
    public void Two_runs_compare_launch_medians_with_welchs_t()
    {
        // One-sample launches, log medians 0.1, 0.2, 0.3 against 0.0, 0.1, 0.2: difference 0.1, each mean's variance
        // 0.01/3, so the error is √(0.02/3) = 0.0816497 and Welch-Satterthwaite gives 4 degrees of freedom (equal sizes
        // and variances: 2(n − 1)). t(0.975; 4) = 2.776445: interval exp(0.1 ∓ 0.226694) = [0.881002, 1.386380].
        // t = 1.224745 on 4 df: p = 2(1 − F), F(t) = ½ + t(t² + 6)/(2(t² + 4)^{3/2}) for 4 df, so p = 0.287864.
        static List<IReadOnlyList<double>> Launches(params double[] logs) => logs.Select(l => (IReadOnlyList<double>)[Math.Exp(l)]).ToList();

        var ratio = RatioEstimator.Unpaired(Launches(0.1, 0.2, 0.3), Launches(0.0, 0.1, 0.2));

        Assert.Equal(Math.Exp(0.1), ratio.Value, 9);
        Assert.Equal(4, ratio.DegreesOfFreedom!.Value, 9);
        Assert.Equal(0.0816497, ratio.LogStandardError!.Value, 6);
        Assert.Equal(0.881002, ratio.Lower!.Value, 5);
        Assert.Equal(1.386380, ratio.Upper!.Value, 5);
        Assert.Equal(0.287864, ratio.PValue!.Value, 5);
        Assert.Null(RatioEstimator.Unpaired(Launches(0.1), Launches(0.0, 0.1)).Lower);
    }

    [Theory]
    [InlineData(GateMode.Paired, "paired")]
    [InlineData(GateMode.Runs, "runs")]
    public void Compare_json_names_the_mode_in_words(GateMode mode, string word)
    {
        var gate = new GateResult { Mode = mode, Runs = ["runs/a"], Threshold = Threshold, Rows = [] };

        Assert.Contains($"\"mode\": \"{word}\"", System.Text.Encoding.UTF8.GetString(CompareReport.Json(gate)), StringComparison.Ordinal);
    }
}
