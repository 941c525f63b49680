namespace BenchHarness.Core.Journal;

/// <summary>What a command workload's launch measures besides its samples (<see cref="LaunchRecord.Command"/>).</summary>
/// <param name="FirstStartNs">The launch's first start (it creates the application's state, a user profile): timed, never a sample.</param>
/// <param name="OverheadNs">The launch overhead: the median time of the empty command under the platform's launcher.</param>
public sealed record CommandTimes(long? FirstStartNs, long? OverheadNs);
