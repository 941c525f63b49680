namespace BenchHarness.Core.Runner;

/// <summary>How a launch ended after its attempts: status, attempts used, and what the probe said.</summary>
public sealed record LaunchResult(string Status, int Attempts, int WarmSamples, long? WarmMedianNs, string? Error);
