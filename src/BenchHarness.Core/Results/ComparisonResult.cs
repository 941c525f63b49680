using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>
/// The slowdown of a platform against its baseline for one workload (warm medians, paired round by round), with
/// its interval; <see cref="PValue"/>, the sign-flip permutation p-value of the rounds' log ratios;
/// <see cref="RoundsPValue"/>, the paired test's over the <see cref="Rounds"/> fresh-process rounds, and
/// <see cref="AdjustedPValue"/>, that one adjusted over every comparison of the run (Benjamini-Hochberg); and the
/// verdict: slower, faster, equivalent (within the suite's margin) or inconclusive.
/// </summary>
public sealed record ComparisonResult
{
    public required string Platform { get; init; }

    public required string Baseline { get; init; }

    /// <summary>
    /// The platform and its baseline ran on different machines: named by the user (<c>merge --compare</c>), it measures the
    /// machines as much as the emulator; rounds are paired by number only, not by time.
    /// </summary>
    public bool AcrossMachines { get; init; }

    public required string Workload { get; init; }

    /// <summary>Platform time ÷ baseline time, warm medians paired round by round: 3.0 takes three times as long.</summary>
    public required double Ratio { get; init; }

    /// <summary>The ratio's 95% interval (null when there is too little for one).</summary>
    public double? CiLower { get; init; }

    public double? CiUpper { get; init; }

    /// <summary>Ratio of the cold (first invocation) medians.</summary>
    public double? ColdRatio { get; init; }

    /// <summary>Ratio of the host-measured start-up medians.</summary>
    public double? StartupRatio { get; init; }

    /// <summary>Two-sided sign-flip permutation p of the rounds' log ratios against 0 (exact up to 16 rounds); until 2026-12-02 the Mann-Whitney p of the pooled warm samples.</summary>
    public double? PValue { get; init; }

    /// <summary>The verdict is slower or faster.</summary>
    public bool Different { get; init; }

    /// <summary>The verdict is equivalent.</summary>
    public bool Equivalent { get; init; }

    /// <summary>The two one-sided tests pass: the ratio's 90% interval lies within the suite's equivalence margin (a small but real difference also does).</summary>
    public bool WithinMargin { get; init; }

    public Verdict Verdict { get; init; } = Verdict.Inconclusive;

    /// <summary>Why the verdict is what it is, where the interval alone would suggest otherwise (inconclusive with an interval that excludes 1, too few processes …).</summary>
    public string? Reason { get; init; }

    /// <summary>Fresh-process rounds paired.</summary>
    public int Rounds { get; init; }

    /// <summary>The paired t test's p over the rounds, of "ratio = 1".</summary>
    public double? RoundsPValue { get; init; }

    /// <summary><see cref="RoundsPValue"/> adjusted over every comparison of the run (Benjamini-Hochberg).</summary>
    public double? AdjustedPValue { get; init; }
}
