namespace BenchHarness.Core.Runner;

/// <summary>How a launch ended after its attempts: status, attempts used, and what the probe said.</summary>
/// <param name="StartUpNs">For a start-up workload, the host-measured time to the probe's ready line.</param>
public sealed record LaunchResult(string Status, int Attempts, int WarmSamples, long? WarmMedianNs, string? Error, long? StartUpNs = null);
