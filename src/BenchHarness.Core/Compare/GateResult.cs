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

    /// <summary>The test's p-value of "ratio = 1", adjusted over every row of the gate (Benjamini-Hochberg).</summary>
    public double? AdjustedPValue { get; init; }

    /// <summary>Fresh processes the ratio rests on: rounds (one run) or the smaller side's launches (two runs).</summary>
    public int Launches { get; init; }

    public required GateVerdict Verdict { get; init; }

    /// <summary>The smallest change (0.05 = 5%) these launches would detect with 80% power at α = 0.05.</summary>
    public double? Detectable { get; init; }

    /// <summary>Launches that would make a change of the threshold detectable, where these were too few.</summary>
    public int? LaunchesNeeded { get; init; }

    /// <summary>Why, in words: the status change, the noise, the threshold.</summary>
    public string? Reason { get; init; }

    /// <summary>Slower beyond the threshold, or broken.</summary>
    public bool Regression => Verdict is GateVerdict.Slower or GateVerdict.Broken;
}

/// <summary>compare.json: a gate over every candidate workload, and its outcome.</summary>
public sealed record GateResult
{
    public required GateMode Mode { get; init; }

    /// <summary>The run folder(s) compared: the reference run first.</summary>
    public required IReadOnlyList<string> Runs { get; init; }

    /// <summary>Changes smaller than this (0.05 = 5%) are not regressions.</summary>
    public required double Threshold { get; init; }

    /// <summary>Differences between two runs that were accepted with <c>--force</c>.</summary>
    public IReadOnlyList<string> Forced { get; init; } = [];

    public required IReadOnlyList<GateRow> Rows { get; init; }

    public int Regressions => Rows.Count(r => r.Regression);

    /// <summary>Rows nothing could be decided for (too noisy, too few launches, or failed on both sides).</summary>
    public int Undecided => Rows.Count(r => r.Verdict == GateVerdict.Unknown);

    /// <summary>
    /// 1 when any workload regressed; otherwise 3 when some row is undecided, so that a CI job never passes a build
    /// the gate could not judge; 0 only when every row was decided and none regressed.
    /// </summary>
    public int ExitCode => Regressions > 0 ? 1 : Undecided > 0 ? 3 : 0;
}
