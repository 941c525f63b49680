using BenchHarness.Core.Model;

namespace BenchHarness.Core.Journal;

/// <summary>
/// One line of <c>journal.jsonl</c>. <see cref="Type"/> says which fields are set:
/// <c>run</c> (the suite and platforms, so a resume replays the same plan), <c>platform</c> (availability and
/// version), <c>sample</c> (one raw timing, tagged with its launch and kind) and <c>launch</c> (how one
/// attempt of one launch ended).
/// </summary>
public sealed record JournalRecord
{
    public const string RunType = "run";
    public const string PlatformType = "platform";
    public const string SampleType = "sample";
    public const string LaunchType = "launch";

    public required string Type { get; init; }

    public DateTimeOffset? Time { get; init; }

    // run
    public Suite? Suite { get; init; }

    public IReadOnlyList<PlatformDefinition>? Platforms { get; init; }

    public string? Host { get; init; }

    // platform, sample, launch
    public string? Platform { get; init; }

    public string? Status { get; init; }

    public string? Reason { get; init; }

    public string? Version { get; init; }

    // sample, launch
    public string? Workload { get; init; }

    public int? Round { get; init; }

    public int? Attempt { get; init; }

    // sample: cold | warmup | warm
    public string? Kind { get; init; }

    public long? Ns { get; init; }

    public string? Checksum { get; init; }

    // launch
    public int? ExitCode { get; init; }

    public long? StartupNs { get; init; }

    public long? ReadyNs { get; init; }

    /// <summary>iterations, or startup for a start-up workload (its samples are the launches' ready times).</summary>
    public string? Measure { get; init; }

    public long? WallNs { get; init; }

    public string? Arch { get; init; }

    public string? Os { get; init; }

    public string? Runtime { get; init; }

    public string? Error { get; init; }
}
