namespace BenchHarness.Core.Compare;

/// <summary>What a gate says of one workload of a candidate against its reference (see <see cref="Gate"/> for the rule).</summary>
public enum GateVerdict
{
    /// <summary>Shown slower by more than the threshold (the lower bound, Holm-adjusted, above 1 + θ): a regression.</summary>
    Slower,

    /// <summary>The candidate crashed, timed out, gave a wrong checksum or did not run where the reference was ok: a regression whatever the timings.</summary>
    Broken,

    /// <summary>Shown faster by more than the threshold (the upper bound below 1 ÷ (1 + θ)): an improvement, and a pass.</summary>
    Faster,

    /// <summary>Shown not slower by the threshold (the upper bound below 1 + θ): a pass.</summary>
    Within,

    /// <summary>Neither shown: too noisy, too few launches, or failed on both sides; the row says what a decision needs.</summary>
    Undecided,
}

/// <summary>A row's (and a gate's) outcome, the three a CI job acts on.</summary>
public enum GateOutcome
{
    Pass,
    Regression,
    Undecided,
}
