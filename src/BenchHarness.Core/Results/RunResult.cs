namespace BenchHarness.Core.Results;

/// <summary>result.json: everything the reports and compare read. Immutable; built once by the analysis.</summary>
public sealed record RunResult
{
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required SuiteInfo Suite { get; init; }

    public required string Host { get; init; }

    public DateTimeOffset? Started { get; init; }

    public DateTimeOffset? Finished { get; init; }

    public required IReadOnlyList<PlatformResult> Platforms { get; init; }

    public required IReadOnlyList<CellResult> Cells { get; init; }

    public required IReadOnlyList<ComparisonResult> Comparisons { get; init; }

    public required IReadOnlyList<IndexResult> Index { get; init; }

    /// <summary>The history of single-thread performance the index's years are read from.</summary>
    public ProgressInfo? Progress { get; init; }

    /// <summary>Anything a reader must know to interpret the numbers (a missing baseline, a checksum mismatch …).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public sealed record SuiteInfo(
    string Name, string Description, string Size, int Launches, int Iterations, IReadOnlyDictionary<string, double> Weights,
    double TargetRelativeHalfWidth = 0.02, double EquivalenceMargin = 0.05);

/// <summary>Which progress table turned indices into years: its name, source and reference year.</summary>
public sealed record ProgressInfo(string Name, string Source, int ReferenceYear);

/// <summary>A platform of the run: how it was launched, whether it was available, and what actually executed.</summary>
public sealed record PlatformResult(
    string Name, string Description, string Target, string? Baseline, IReadOnlyList<string> Launcher,
    string Status, string? Reason, string? Version, string? Arch, string? Os, string? Runtime);

/// <summary>One (platform, workload) pair: its status, every raw sample, and its median with interval.</summary>
public sealed record CellResult
{
    public required string Platform { get; init; }

    public required string Workload { get; init; }

    /// <summary>ok, crashed, timeout, incorrect or unavailable.</summary>
    public required string Status { get; init; }

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

    public string? Checksum { get; init; }

    public double? MedianNs { get; init; }

    public double? CiLowerNs { get; init; }

    public double? CiUpperNs { get; init; }

    public double? ColdMedianNs { get; init; }

    public double? StartupMedianNs { get; init; }

    /// <summary>The warm samples summarised: median and interval, quartiles, dispersion, outliers, modes, precision target.</summary>
    public SampleSummary? Warm { get; init; }

    /// <summary>The cold samples (first invocation per fresh process) summarised the same way.</summary>
    public SampleSummary? Cold { get; init; }

    /// <summary>Why the cell is not ok, in one line.</summary>
    public string? Error { get; init; }
}

/// <summary>
/// The slowdown of a platform against its baseline for one workload (warm medians, paired round by round), with
/// its interval; <see cref="PValue"/>, the Mann-Whitney p-value of the two cells' pooled warm samples;
/// <see cref="RoundsPValue"/>, the paired test's over the <see cref="Rounds"/> fresh-process rounds, and
/// <see cref="AdjustedPValue"/>, that one adjusted over the platform's workloads (Benjamini-Hochberg); and the
/// verdict: slower, faster, equivalent (within the suite's margin) or inconclusive.
/// </summary>
public sealed record ComparisonResult(
    string Platform, string Baseline, string Workload, double Ratio, double? CiLower, double? CiUpper, double? ColdRatio, double? StartupRatio,
    double? PValue = null, bool Different = false, bool Equivalent = false, string Verdict = "inconclusive",
    int Rounds = 0, double? RoundsPValue = null, double? AdjustedPValue = null);

/// <summary>
/// The productivity regression index of a platform: weighted geometric mean of its warm ratios with a bootstrap
/// interval; the start-up index, the same over cold ratios (first invocation in a fresh process); and the
/// warm index as years of single-thread hardware progress lost.
/// </summary>
public sealed record IndexResult(
    string Platform, string Baseline, double Value, double? CiLower, double? CiUpper, int WorkloadsCovered, int WorkloadsInSuite,
    double? ColdValue = null, double? ColdCiLower = null, double? ColdCiUpper = null,
    double? YearsLost = null, double? YearsLostLower = null, double? YearsLostUpper = null);
