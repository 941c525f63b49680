using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>One attempt of one launch, and what it runs with.</summary>
/// <param name="Number">1 for the first process of the launch; a crashed one is retried with the next number.</param>
/// <param name="Inputs">The workload's inputs (<see cref="IWorkloadKind.PrepareInputs"/>).</param>
/// <param name="EarlierWarmNs">The cell's warm samples from its launches that already ended ok, launch by launch (for the precision target).</param>
public sealed record Attempt(PlannedLaunch Launch, SuiteWorkload Workload, Suite Suite, int Number, string? Inputs, IReadOnlyList<IReadOnlyList<long>> EarlierWarmNs,
    JournalFile Journal, RunContext Run)
{
    internal PrecisionTarget Precision() => new(Suite.TargetRelativeHalfWidth, EarlierWarmNs);

    /// <summary>Journals one sample of this attempt.</summary>
    public void Sample(SampleKind kind, long ns, string checksum) => Journal.Append(new SampleRecord
    {
        Platform = Launch.Platform.Name, Host = Launch.Platform.Remote, Workload = Launch.Workload, Round = Launch.Round, Attempt = Number,
        Kind = kind, Ns = ns, Checksum = checksum,
    });

    /// <summary>This attempt's launch record as every kind has it; the kind adds what it measured.</summary>
    public LaunchRecord Ended(CellStatus status, string? error, IReadOnlyCollection<string> leftBehind) => new()
    {
        Platform = Launch.Platform.Name, Host = Launch.Platform.Remote, Workload = Launch.Workload, Round = Launch.Round, Attempt = Number,
        Time = DateTimeOffset.UtcNow, Status = status, Error = error, LeftBehind = leftBehind.Count > 0 ? leftBehind.ToList() : null,
    };
}

/// <summary>How one attempt ended: its launch record, its warm samples, and whether the cell's precision target was reached during it.</summary>
public sealed record AttemptEnd(LaunchRecord Record, IReadOnlyList<long> WarmNs, bool TargetReached);
