using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>A figure with its 95% interval (null bounds: too few samples for one).</summary>
public sealed record IndexFigure
{
    public required double Value { get; init; }

    public double? CiLower { get; init; }

    public double? CiUpper { get; init; }
}

/// <summary>An index over the workloads every indexed platform of the run completed: the one to rank platforms by.</summary>
public sealed record CommonIndex
{
    /// <summary>How many workloads (<see cref="RunResult.CommonWorkloads"/>).</summary>
    public required int Workloads { get; init; }

    /// <summary>Their share of the suite's weight, 0–1.</summary>
    public required double Coverage { get; init; }

    /// <summary>The geometric-mean score over them.</summary>
    public required IndexFigure Score { get; init; }

    /// <summary>The office-day slowdown over them (their weights renormalised).</summary>
    public required IndexFigure OfficeDay { get; init; }
}

/// <summary>
/// The productivity regression index of a platform against its baseline: the office-day slowdown (time-weighted
/// arithmetic mean of the warm ratios: the productivity claim) and the geometric-mean score (weighted geometric
/// mean: for ranking the platforms of one baseline), each with its 95% interval; what the intervals cover; how much of the suite it covers and
/// how many workloads failed; the same over the workloads common to every platform; the start-up index; and the
/// office-day slowdown read as years of single-thread hardware progress, over the progress table's assumptions.
/// </summary>
public sealed record IndexResult
{
    public required string Platform { get; init; }

    public required string Baseline { get; init; }

    /// <summary>Absent for time; <c>instructions</c> when its ratios are of host instructions (<see cref="SuiteInfo.Measure"/>).</summary>
    public MeasureKind? Measure { get; init; }

    /// <summary>Its baseline ran on another machine (<see cref="ComparisonResult.AcrossMachines"/>): the index measures the machines too.</summary>
    public bool AcrossMachines { get; init; }

    /// <summary>The geometric-mean score: weighted geometric mean of the warm ratios.</summary>
    public required double Value { get; init; }

    public double? CiLower { get; init; }

    public double? CiUpper { get; init; }

    /// <summary>The office-day slowdown: Σ weight × ratio, weights the office day's time shares on the baseline.</summary>
    public required IndexFigure OfficeDay { get; init; }

    /// <summary>What the intervals cover: between processes (two or more rounds) or within a process only (one).</summary>
    public IntervalScope IntervalScope { get; init; } = IntervalScope.BetweenProcesses;

    /// <summary>Rounds common to every workload of the index (the interval's clusters).</summary>
    public int Rounds { get; init; }

    /// <summary>Workloads with a ratio (ok on the platform and its baseline).</summary>
    public required int WorkloadsCovered { get; init; }

    public required int WorkloadsInSuite { get; init; }

    /// <summary>The share of the suite's weight that the index covers, 0–1.</summary>
    public required double Coverage { get; init; }

    /// <summary>The platform's workloads that crashed, timed out or were incorrect.</summary>
    public int Failed { get; init; }

    /// <summary>Every workload of the suite has a ratio; otherwise the index is incomplete and not comparable with complete ones.</summary>
    public bool Complete => WorkloadsCovered == WorkloadsInSuite;

    /// <summary>The index over the run's common workloads (null when no workload is common to every platform).</summary>
    public CommonIndex? Common { get; init; }

    /// <summary>
    /// Its place among the platforms of the run compared with the same baseline, on the common workloads' score, 1 the
    /// slowest (null without a common index). Platforms compared with different baselines are not ranked against each other.
    /// </summary>
    public int? Rank { get; init; }

    /// <summary>How many platforms of the run share its baseline and were ranked (null without a rank).</summary>
    public int? RankedAmong { get; init; }

    /// <summary>The start-up index: the geometric-mean score over cold samples (first invocation in a fresh process).</summary>
    public double? ColdValue { get; init; }

    public double? ColdCiLower { get; init; }

    public double? ColdCiUpper { get; init; }

    /// <summary>
    /// The office-day slowdown as years of single-thread hardware progress lost, at the progress table's own rates;
    /// a model, not a measurement, never negative.
    /// </summary>
    public double? YearsLost { get; init; }

    /// <summary>The fewest years: the table's fastest plausible growth.</summary>
    public double? YearsLostFewest { get; init; }

    /// <summary>The most years: the table's slowest plausible growth.</summary>
    public double? YearsLostMost { get; init; }
}
