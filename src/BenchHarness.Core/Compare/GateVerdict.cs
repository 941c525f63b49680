namespace BenchHarness.Core.Compare;

/// <summary>What a gate says of one workload of a candidate against its reference (see <see cref="Gate"/> for the rule).</summary>
public enum GateVerdict
{
    /// <summary>Significantly slower, by more than the threshold: a regression.</summary>
    Slower,

    /// <summary>Significantly faster, by more than the threshold.</summary>
    Faster,

    /// <summary>The 90% interval lies within ±threshold.</summary>
    Same,

    /// <summary>Too noisy (or too few launches) to say; the row says what these launches could have detected.</summary>
    Unknown,

    /// <summary>The candidate crashed, timed out, gave a wrong checksum or did not run where the reference was ok: a regression whatever the timings.</summary>
    Broken,
}
