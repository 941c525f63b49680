namespace BenchHarness.Core.Analysis;

/// <summary>A point estimate with its confidence interval; the bounds are null when there are too few samples for one.</summary>
public sealed record Estimate(double Value, double? Lower, double? Upper);
