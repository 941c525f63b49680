namespace BenchHarness.Core.History;

/// <summary>One run of a history: its folder, when it started, and the version of each emulator it ran.</summary>
public sealed record HistoryRun(string Directory, string Label, DateTimeOffset? Started, IReadOnlyDictionary<string, string> Versions);

/// <summary>One point of a trend: a run's ratio (or index) with its 95% interval; absent when the run has none.</summary>
public sealed record TrendPoint(int Run, double Value, double? CiLower, double? CiUpper);

/// <summary>
/// A step in a trend, between a run and the one before it: the run, its emulator version, the ratio in each of the two runs,
/// and the change between them as <c>compare</c> judged it (the change, its one-sided bounds, <c>slower</c> or <c>faster</c>).
/// </summary>
public sealed record TrendStep(int Run, string RunLabel, string? Version, double Before, double After)
{
    public double Change { get; init; }

    public double? LowerBound { get; init; }

    public double? UpperBound { get; init; }

    public Compare.GateVerdict Verdict { get; init; }
}

/// <summary>A platform's ratio against its baseline on one workload (or its index, <see cref="Workload"/> <c>index</c>) across the runs.</summary>
public sealed record Trend(string Platform, string Baseline, string Workload, IReadOnlyList<TrendPoint> Points, IReadOnlyList<TrendStep> Steps)
{
    public const string IndexName = "index";

    /// <summary>The file name (without extension) of its plot under plots/.</summary>
    public string PlotName => $"trend-{Platform}-vs-{Baseline}-{Workload}";
}

/// <summary>history.json: the runs in order and every trend with its steps, and how the steps were judged.</summary>
public sealed record HistoryResult(IReadOnlyList<HistoryRun> Runs, IReadOnlyList<Trend> Trends)
{
    /// <summary>The A/A runs the between-run variance came from; below two, no step can be judged.</summary>
    public int AaRuns { get; init; }

    /// <summary>θ: a step is a change between consecutive runs shown beyond it.</summary>
    public double Threshold { get; init; }

    /// <summary>What the runs measured: time (null) or host instructions; every run of a history measured the same.</summary>
    public Model.MeasureKind? Measure { get; init; }

    /// <summary>Rows of the boundaries' gates that could not be decided (neither a step nor shown to be none).</summary>
    public int Undecided { get; init; }
}
