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
    /// The workloads every indexed platform completed (ok on it and its baseline): the set the platforms of one baseline are ranked and
    /// compared on, each index's <see cref="IndexResult.Common"/>.
    /// </summary>
    public IReadOnlyList<string> CommonWorkloads { get; init; } = [];

    /// <summary>True for a gate-only run (candidates and their references, no baselines): it has no ratio or index against a baseline. Null otherwise.</summary>
    public bool? GateOnly { get; init; }

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
