namespace BenchHarness.Core.Results;

/// <summary>
/// The claim a platform answers against its baseline, in the claim's own words (<see cref="Analysis.ClaimReading"/>):
/// Windows office software through a compatibility layer and a binary translator, against native software.
/// </summary>
public sealed record PlatformClaim
{
    /// <summary>The subject of the headline, e.g. "Windows office software through Wine and a binary translator".</summary>
    public required string Subject { get; init; }

    /// <summary>
    /// When the platform stands in for the claim's machine (a translator of this host's own architecture): what it
    /// stands in for, what that leaves out, and how to measure the real thing; null when it is the real thing.
    /// </summary>
    public string? Proxy { get; init; }
}
