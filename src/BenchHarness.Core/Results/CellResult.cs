using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>One (platform, workload) pair: its status, every raw sample, and its median with interval.</summary>
public sealed record CellResult
{
    public required string Platform { get; init; }

    /// <summary>The machine it ran on (<see cref="RunResult.Machines"/>).</summary>
    public string? Machine { get; init; }

    public required string Workload { get; init; }

    public required CellStatus Status { get; init; }

    /// <summary>Absent for time; <c>instructions</c> when its samples, medians and intervals (the fields named <c>…Ns</c>) are host instructions.</summary>
    public MeasureKind? Measure { get; init; }

    public string? Arch { get; init; }

    public string? Os { get; init; }

    public string? Runtime { get; init; }

    /// <summary>Processes started for this cell, retries included.</summary>
    public int Attempts { get; init; }

    /// <summary>Launches that ended ok.</summary>
    public int Launches { get; init; }

    /// <summary>Warm samples, raw nanoseconds, from every launch that ended ok, launch by launch.</summary>
    public IReadOnlyList<long> SamplesNs { get; init; } = [];

    /// <summary>How many of <see cref="SamplesNs"/> each launch gave, in order (a start-up workload: one each).</summary>
    public IReadOnlyList<int> WarmLaunchSizes { get; init; } = [];

    /// <summary>The journal's round number of each launch of <see cref="WarmLaunchSizes"/>, in the same order.</summary>
    public IReadOnlyList<int> WarmLaunchRounds { get; init; } = [];

    /// <summary>The journal's round number of each of <see cref="ColdNs"/>, in the same order.</summary>
    public IReadOnlyList<int> ColdLaunchRounds { get; init; } = [];

    /// <summary>
    /// The round number of each launch of <see cref="WarmByLaunch"/>; without <see cref="WarmLaunchRounds"/> (a result
    /// written before they were kept) 0, 1, 2 … in order, from 1 for a start-up workload (its round 0 is its cold start).
    /// </summary>
    public IReadOnlyList<int> WarmRounds()
    {
        var launches = WarmByLaunch().Count;
        return WarmLaunchRounds.Count == launches ? WarmLaunchRounds : Enumerable.Range(MeasuresStartUp ? 1 : 0, launches).ToList();
    }

    /// <summary>
    /// The round number of each launch of <see cref="ColdByLaunch"/> (a start-up workload's cold start, then its warm
    /// launches); without <see cref="ColdLaunchRounds"/>, 0, 1, 2 … in order.
    /// </summary>
    public IReadOnlyList<int> ColdRounds()
    {
        var cold = ColdLaunchRounds.Count == ColdNs.Count ? ColdLaunchRounds : Enumerable.Range(0, ColdNs.Count).ToList();
        return MeasuresStartUp ? [.. cold, .. WarmRounds()] : cold;
    }

    /// <summary>The warm samples split by launch.</summary>
    public IReadOnlyList<IReadOnlyList<double>> WarmByLaunch()
    {
        var launches = new List<IReadOnlyList<double>>();
        var start = 0;
        foreach (var size in WarmLaunchSizes.Count > 0 ? WarmLaunchSizes : [SamplesNs.Count])
        {
            launches.Add(SamplesNs.Skip(start).Take(size).Select(v => (double)v).ToList());
            start += size;
        }

        return launches;
    }

    /// <summary>
    /// The first invocation of every fresh process, one per launch, for the start-up index. A start-up workload
    /// keeps only its first process's time as cold and the later ones as warm; every one of them is a process
    /// start, so here they are all given back, in launch order.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> ColdByLaunch() =>
        (MeasuresStartUp ? ColdNs.Concat(SamplesNs) : ColdNs).Select(v => (IReadOnlyList<double>)[(double)v]).ToList();

    /// <summary>A start-up workload: its samples are host-measured times to the probe's ready line, one per launch.</summary>
    public bool MeasuresStartUp { get; init; }

    /// <summary>First invocation in each fresh process, raw nanoseconds.</summary>
    public IReadOnlyList<long> ColdNs { get; init; } = [];

    /// <summary>Process start to the probe's hello line, measured by the host, raw nanoseconds.</summary>
    public IReadOnlyList<long> StartupNs { get; init; } = [];

    /// <summary>A command workload's first start in each launch (it creates a user profile), raw nanoseconds; reported apart, never a sample.</summary>
    public IReadOnlyList<long> FirstStartNs { get; init; } = [];

    /// <summary>A command workload's launch overhead in each launch: the empty command's median time under the platform's launcher, raw nanoseconds.</summary>
    public IReadOnlyList<long> OverheadNs { get; init; } = [];

    /// <summary>The Harrell-Davis median of <see cref="OverheadNs"/>: the launch overhead the report shows (null without one).</summary>
    public double? OverheadMedianNs { get; init; }

    /// <summary>The Harrell-Davis median of <see cref="FirstStartNs"/> (null without one).</summary>
    public double? FirstStartMedianNs { get; init; }

    /// <summary>For a command workload, what its cold invocation is cold against (from the suite); null for a probe workload.</summary>
    public string? ColdMeans { get; init; }

    public string? Checksum { get; init; }

    public double? MedianNs { get; init; }

    public double? CiLowerNs { get; init; }

    public double? CiUpperNs { get; init; }

    public double? ColdMedianNs { get; init; }

    public double? StartupMedianNs { get; init; }

    /// <summary>
    /// The warm median's precision between fresh processes: half the 95% interval of the geometric mean of the
    /// launches' medians, t(k−1)·sd(ln medians)/√k, over that mean (null below two launches). Differences between
    /// processes are in it; the samples' own interval (<see cref="SampleSummary.RelativeHalfWidth"/>) treats the
    /// samples of different processes as independent and shows within-process precision only.
    /// </summary>
    public double? LaunchPrecision { get; init; }

    /// <summary>Whether <see cref="LaunchPrecision"/> reached the suite's target (null below two launches).</summary>
    public bool? TargetMet { get; init; }

    /// <summary>The warm samples summarised: median and interval, quartiles, dispersion, outliers, modes, precision target.</summary>
    public SampleSummary? Warm { get; init; }

    /// <summary>The cold samples (first invocation per fresh process) summarised the same way.</summary>
    public SampleSummary? Cold { get; init; }

    /// <summary>Why the cell is not ok, in one line.</summary>
    public string? Error { get; init; }
}
