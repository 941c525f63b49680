namespace BenchHarness.Core.History;

/// <summary>One run of a history: its folder, when it started, and the version of each emulator it ran.</summary>
public sealed record HistoryRun(string Directory, string Label, DateTimeOffset? Started, IReadOnlyDictionary<string, string> Versions);

/// <summary>One point of a trend: a run's ratio (or index) with its 95% interval; absent when the run has none.</summary>
public sealed record TrendPoint(int Run, double Value, double? CiLower, double? CiUpper);

/// <summary>A step in a trend: the first run of the new level, its emulator version, and the median ratio before and after.</summary>
public sealed record TrendStep(int Run, string RunLabel, string? Version, double Before, double After);

/// <summary>A platform's ratio against its baseline on one workload (or its index, <see cref="Workload"/> <c>index</c>) across the runs.</summary>
public sealed record Trend(string Platform, string Baseline, string Workload, IReadOnlyList<TrendPoint> Points, IReadOnlyList<TrendStep> Steps)
{
    public const string IndexName = "index";

    /// <summary>The file name (without extension) of its plot under plots/.</summary>
    public string PlotName => $"trend-{Platform}-vs-{Baseline}-{Workload}";
}

/// <summary>history.json: the runs in order and every trend with its steps.</summary>
public sealed record HistoryResult(IReadOnlyList<HistoryRun> Runs, IReadOnlyList<Trend> Trends);
