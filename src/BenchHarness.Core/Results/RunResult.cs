using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>result.json: everything the reports and compare read. Immutable; built once by the analysis.</summary>
public sealed record RunResult
{
    /// <summary>
    /// 5: full disclosure — the machine's CPU flags, virtual machine, container, file systems, .NET SDK and runtime,
    /// whether the harness's tree was dirty; the suite file's hash; each platform's environment and what differs
    /// from its baseline besides the emulator. 4: the statistics review — office-day slowdown, interval scope, failures and a common-workload index beside
    /// the geometric-mean score; years as a model range; verdict flags derived from the verdict, with a reason;
    /// between-process precision for cells. 3: typed vocabulary, named fields, <c>host</c> an object, index coverage.
    /// docs/result-schema.md describes it field by field.
    /// </summary>
    public const int CurrentSchemaVersion = 5;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required SuiteInfo Suite { get; init; }

    public required HostInfo Host { get; init; }

    /// <summary>
    /// Every machine the numbers come from, the one that ran the harness first, then its remote hosts (or, for a merge,
    /// the merged runs' machines): the host dimension of <see cref="PlatformResult.Machine"/> and <see cref="CellResult.Machine"/>.
    /// </summary>
    public IReadOnlyList<MachineEntry> Machines { get; init; } = [];

    public DateTimeOffset? Started { get; init; }

    public DateTimeOffset? Finished { get; init; }

    public required IReadOnlyList<PlatformResult> Platforms { get; init; }

    public required IReadOnlyList<CellResult> Cells { get; init; }

    public required IReadOnlyList<ComparisonResult> Comparisons { get; init; }

    public required IReadOnlyList<IndexResult> Index { get; init; }

    /// <summary>
    /// The workloads every indexed platform completed (ok on it and its baseline): the set platforms are ranked and
    /// compared on, each index's <see cref="IndexResult.Common"/>.
    /// </summary>
    public IReadOnlyList<string> CommonWorkloads { get; init; } = [];

    /// <summary>The history of single-thread performance the index's years are read from.</summary>
    public ProgressInfo? Progress { get; init; }

    /// <summary>
    /// A platform's comparison with its baseline on a workload, or, without one, why not: its cell's status, or its
    /// baseline's ("baseline crashed"); both null when neither says anything (not run).
    /// </summary>
    public (ComparisonResult? Comparison, string? Failure) AgainstBaseline(PlatformResult platform, string workload) =>
        Comparisons.FirstOrDefault(c => c.Platform == platform.Name && c.Baseline == platform.Baseline && c.Workload == workload) is { } comparison
            ? (comparison, null)
            : (null, Cell(platform.Name, workload) is { Status: not CellStatus.Ok } mine ? Words.Of(mine.Status)
                : platform.Baseline is { } baseline && Cell(baseline, workload) is { Status: not CellStatus.Ok } theirs ? $"baseline {Words.Of(theirs.Status)}" : null);

    /// <summary>The cell of a platform and workload, or null when the run has none.</summary>
    public CellResult? Cell(string platform, string workload) => Cells.FirstOrDefault(c => c.Platform == platform && c.Workload == workload);

    /// <summary>Anything a reader must know to interpret the numbers (a missing baseline, a checksum mismatch …).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The suite as run: its sampling settings and the office-day weights of its workloads.</summary>
public sealed record SuiteInfo
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public required InputSize Size { get; init; }

    /// <summary>The seed every input was generated from (absent in results before issue 10).</summary>
    public int? Seed { get; init; }

    /// <summary>Fresh processes per cell (a workload may ask for more; see its cells).</summary>
    public required int Launches { get; init; }

    /// <summary>Warm iterations per launch, at most.</summary>
    public required int Iterations { get; init; }

    /// <summary>Each workload's share of an office day.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    public double TargetRelativeHalfWidth { get; init; } = 0.02;

    public double EquivalenceMargin { get; init; } = 0.05;

    /// <summary>The first 16 hex digits of the SHA-256 of the suite file the run loaded (absent before schema 5).</summary>
    public string? FileSha256 { get; init; }
}

/// <summary>The machine the run was made on.</summary>
public sealed record HostInfo
{
    /// <summary>Operating system and architecture in the platforms' words: <c>linux-x64</c>, <c>osx-arm64</c> ….</summary>
    public required string Platform { get; init; }

    /// <summary>CPU model, cores, memory, kernel, OS, harness revision and probe builds, as recorded when the run started (absent for older runs).</summary>
    public MachineInfo? Machine { get; init; }
}

/// <summary>Which progress table turned indices into years: its name, source and reference year.</summary>
public sealed record ProgressInfo
{
    public required string Name { get; init; }

    public required string Source { get; init; }

    public required int ReferenceYear { get; init; }
}

/// <summary>A platform of the run: how it was launched, whether it was available, and what actually executed.</summary>
public sealed record PlatformResult
{
    public required string Name { get; init; }

    /// <summary>The machine it ran on (<see cref="RunResult.Machines"/>).</summary>
    public string? Machine { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The probe target it runs, e.g. <c>linux-arm64-aot</c>.</summary>
    public required string Target { get; init; }

    /// <summary>The platform its ratios are taken against; null for a baseline.</summary>
    public string? Baseline { get; init; }

    /// <summary>For a candidate build: the platform it is a candidate of, compared with it as well.</summary>
    public string? Reference { get; init; }

    /// <summary>The launcher argv prefix; empty for native.</summary>
    public IReadOnlyList<string> Launcher { get; init; } = [];

    /// <summary>Environment variables set for its processes, beyond the harness's own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// What differs from its baseline besides the emulator, each a sentence (the Windows build of the runtime and
    /// libraries under Wine, machine code compiled for another architecture …); empty for a baseline.
    /// </summary>
    public IReadOnlyList<string> BesidesTheEmulator { get; init; } = [];

    public required PlatformStatus Status { get; init; }

    /// <summary>Why it was unavailable.</summary>
    public string? Reason { get; init; }

    /// <summary>The emulator's version line.</summary>
    public string? Version { get; init; }

    /// <summary>The architecture, OS and runtime the probe reported: what actually executed.</summary>
    public string? Arch { get; init; }

    public string? Os { get; init; }

    public string? Runtime { get; init; }
}

/// <summary>
/// The slowdown of a platform against its baseline for one workload (warm medians, paired round by round), with
/// its interval; <see cref="PValue"/>, the Mann-Whitney p-value of the two cells' pooled warm samples;
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

    /// <summary>Two-sided Mann-Whitney p of the two cells' pooled warm samples.</summary>
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
/// mean: for ranking), each with its 95% interval; what the intervals cover; how much of the suite it covers and
/// how many workloads failed; the same over the workloads common to every platform; the start-up index; and the
/// office-day slowdown read as years of single-thread hardware progress, over the progress table's assumptions.
/// </summary>
public sealed record IndexResult
{
    public required string Platform { get; init; }

    public required string Baseline { get; init; }

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
