using System.Text.Json.Serialization;
using BenchHarness.Core.Compare;

namespace BenchHarness.Core.Bisect;

/// <summary>One build of the list, numbered from 1 in the order given: as the user named it, the emulator binary it resolved to, and the step that measured it (none when the search did not need it).</summary>
public sealed record BisectBuild(int Number, string Spec, string Path)
{
    public int? Step { get; init; }
}

/// <summary>One look at a pair: the gate over all its launches so far, at the look's share of α; the interval of the row that decided it (or the least decided one).</summary>
public sealed record BisectLook(int Launches, GateOutcome Verdict)
{
    public string? Workload { get; init; }

    public double? Ratio { get; init; }

    public double? LowerBound { get; init; }

    public double? UpperBound { get; init; }

    public string? Reason { get; init; }
}

/// <summary>Two builds of the list, by number: the good reference and the build measured against it.</summary>
public sealed record BuildPair(int Good, int Build);

/// <summary>One step of the search: a pair measured (one run, <see cref="Folder"/>) and looked at until the gate decided or the budget was spent.</summary>
public sealed record BisectStep(int Step, BuildPair Pair, IReadOnlyList<BisectLook> Looks)
{
    /// <summary>The step's run folder; null where a test measured without one.</summary>
    public string? Folder { get; init; }

    /// <summary>The run folder of step <paramref name="step"/> inside the bisect's folder.</summary>
    public static string FolderName(int step) => $"step-{step}";

    public int Launches => Looks[^1].Launches;

    public GateOutcome Verdict => Looks[^1].Verdict;

    public double? LowerBound => Looks[^1].LowerBound;

    public double? UpperBound => Looks[^1].UpperBound;
}

/// <summary>How a bisect ended.</summary>
public enum BisectOutcome
{
    /// <summary>The first bad build was found (exit 0).</summary>
    Found,

    /// <summary>A pair could not be decided within the budget (exit 3).</summary>
    Undecided,

    /// <summary>The last build was shown not bad against the first: there is nothing to bisect (exit 1).</summary>
    NotReproduced,
}

/// <summary>What is bisected and how: the platform, the workload (null: the whole suite), the threshold, the looks per pair, and the folder the steps' runs go in (null: none, in tests).</summary>
public sealed record BisectSettings(string Platform, string? Workload, string Suite, double Threshold, Analysis.LookSchedule Schedule, string? Directory = null);

/// <summary>bisect.json: the builds in order, the steps, and the first bad build or the pair that could not be decided.</summary>
public sealed record BisectResult
{
    public required string Platform { get; init; }

    /// <summary>The workload bisected; null when a build is bad for the whole suite (any workload the gate calls a regression).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? Workload { get; init; }

    public required string Suite { get; init; }

    public required IReadOnlyList<BisectBuild> Builds { get; init; }

    public required IReadOnlyList<BisectStep> Steps { get; init; }

    public required BisectOutcome Outcome { get; init; }

    /// <summary>Found: the first bad build; null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public BisectBuild? FirstBad { get; init; }

    /// <summary>Undecided: the pair the gate could not decide within the budget (its step says what it measured); null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public BuildPair? UndecidedPair { get; init; }

    /// <summary>The most launches per build of one pair.</summary>
    public required int Budget { get; init; }

    /// <summary>Launches per build added at each look.</summary>
    public required int Batch { get; init; }

    public required int Looks { get; init; }

    public required double Threshold { get; init; }

    /// <summary>The error rate of each pair's decision over all its looks.</summary>
    public required double Alpha { get; init; }

    /// <summary>Each look's gate: α ÷ looks (Bonferroni).</summary>
    public required double AlphaPerLook { get; init; }

    /// <summary>0 found; 3 otherwise (a pair undecided, or the last build not bad: no first bad build to name), as the contract gives bisect only 0, 3 and 2.</summary>
    public int ExitCode => Outcome == BisectOutcome.Found ? 0 : 3;
}
