using BenchHarness.Core.Model;

namespace BenchHarness.Core.Compare;

/// <summary>One workload of one candidate against its reference.</summary>
public sealed record GateRow
{
    public required string Platform { get; init; }

    public required string Reference { get; init; }

    public required string Workload { get; init; }

    public required CellStatus ReferenceStatus { get; init; }

    /// <summary>The candidate's cell status; <see cref="CellStatus.Unavailable"/> when it is missing.</summary>
    public required CellStatus CandidateStatus { get; init; }

    /// <summary>Candidate time ÷ reference time (warm medians); absent when either side is not ok.</summary>
    public double? Ratio { get; init; }

    /// <summary>The ratio's 95% interval.</summary>
    public double? CiLower { get; init; }

    public double? CiUpper { get; init; }

    /// <summary>The one-sided lower bound of the ratio at the row's Holm level (see <see cref="Analysis.BoundTest"/>): above 1 + θ, a regression.</summary>
    public double? LowerBound { get; init; }

    /// <summary>The one-sided 95% upper bound of the ratio: below 1 + θ, a pass.</summary>
    public double? UpperBound { get; init; }

    /// <summary>The one-sided p-value of "ratio ≤ 1 + θ", before Holm's adjustment.</summary>
    public double? PValue { get; init; }

    /// <summary>Fresh processes the ratio rests on: rounds (one run) or the smaller side's launches (two runs).</summary>
    public int Launches { get; init; }

    public required GateVerdict Verdict { get; init; }

    /// <summary>For an undecided row: the smallest true change (0.05 = 5%) these launches would call a regression with 80% power.</summary>
    public double? Detectable { get; init; }

    /// <summary>For an undecided row: the launches that would catch the gate's stated change and pass an unchanged build, 80% power each; absent beyond 1,000.</summary>
    public int? LaunchesNeeded { get; init; }

    /// <summary>Why, in words: the status change, the noise, the threshold.</summary>
    public string? Reason { get; init; }

    /// <summary>Slower beyond the threshold, or broken.</summary>
    public bool Regression => Verdict is GateVerdict.Slower or GateVerdict.Broken;

    /// <summary>Regression (slower, broken), pass (within, faster) or undecided.</summary>
    public GateOutcome Outcome => Regression ? GateOutcome.Regression : Verdict == GateVerdict.Undecided ? GateOutcome.Undecided : GateOutcome.Pass;
}

/// <summary>compare.json: a gate over every candidate workload, and its outcome.</summary>
public sealed record GateResult
{
    public required GateMode Mode { get; init; }

    /// <summary>The run folder(s) compared: the reference run first.</summary>
    public required IReadOnlyList<string> Runs { get; init; }

    /// <summary>Two runs: the A/A runs of this machine the between-run variance was estimated from (0: none, every timed row undecided).</summary>
    public int AaRuns { get; init; }

    /// <summary>Two runs: each platform's between-run variance τ² of its log ratio, estimated from the A/A runs, with its degrees of freedom.</summary>
    public IReadOnlyDictionary<string, Analysis.BetweenRunVariance> BetweenRuns { get; init; } = new Dictionary<string, Analysis.BetweenRunVariance>();

    /// <summary>Changes smaller than this (0.05 = 5%) are not regressions.</summary>
    public required double Threshold { get; init; }

    /// <summary>The true change (0.10 = 10%, above the threshold) the gate's launches should catch with 80% power: what launchesNeeded is for.</summary>
    public required double Change { get; init; }

    /// <summary>The family-wise error rate: of regressions called where no row changed by more than the threshold, and of passes where some row did.</summary>
    public double Alpha { get; init; } = Gate.Alpha;

    /// <summary>Differences between two runs that were accepted with <c>--force</c>.</summary>
    public IReadOnlyList<string> Forced { get; init; } = [];

    public required IReadOnlyList<GateRow> Rows { get; init; }

    /// <summary>One run: each candidate's failed processes against its reference's, with Fisher's exact test.</summary>
    public IReadOnlyList<FailureRate> Failures { get; init; } = [];

    public int Regressions => Rows.Count(r => r.Regression);

    /// <summary>Rows nothing could be decided for (too noisy, too few launches, or failed on both sides).</summary>
    public int Undecided => Rows.Count(r => r.Verdict == GateVerdict.Undecided);

    /// <summary>
    /// 1 when any workload regressed; otherwise 3 when some row is undecided, so that a CI job never passes a build
    /// the gate could not judge; 0 only when every row was decided and none regressed.
    /// </summary>
    /// <summary>Regression when any row regressed; undecided when some row is, or when there is no row to judge; pass only when every row passed.</summary>
    public GateOutcome Outcome => Regressions > 0 ? GateOutcome.Regression : Undecided > 0 || Rows.Count == 0 ? GateOutcome.Undecided : GateOutcome.Pass;

    public int ExitCode => Outcome switch { GateOutcome.Regression => 1, GateOutcome.Undecided => 3, _ => 0 };
}
