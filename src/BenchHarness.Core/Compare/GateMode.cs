namespace BenchHarness.Core.Compare;

/// <summary>What a gate compares, written in compare.json as <c>paired</c> or <c>runs</c>.</summary>
public enum GateMode
{
    /// <summary>Candidates against their references in one run, round by round.</summary>
    Paired,

    /// <summary>Two runs, launches as the unit.</summary>
    Runs,
}
