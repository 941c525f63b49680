using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>How a launch ended after its attempts: status, attempts used, and what the probe said.</summary>
/// <param name="StartUpNs">For a start-up workload, the host-measured time to the probe's ready line.</param>
/// <param name="WarmNs">The warm samples of the attempt that decided the launch.</param>
/// <param name="TargetReached">The cell's median reached the suite's precision during this launch, which then stopped early.</param>
/// <param name="LeftBehind">The processes the deciding attempt left running, which were ended.</param>
public sealed record LaunchResult(CellStatus Status, int Attempts, int WarmSamples, long? WarmMedianNs, string? Error, long? StartUpNs = null,
    IReadOnlyList<long>? WarmNs = null, bool TargetReached = false, IReadOnlyList<string>? LeftBehind = null);
