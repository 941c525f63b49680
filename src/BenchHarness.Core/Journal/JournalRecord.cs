using System.Text.Json.Serialization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Journal;

/// <summary>
/// One line of <c>journal.jsonl</c>, one type per kind, told apart by its <c>type</c> field: <see cref="RunRecord"/>,
/// <see cref="PlatformRecord"/>, <see cref="SampleRecord"/>, <see cref="LaunchRecord"/> and <see cref="ExtendRecord"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RunRecord), "run")]
[JsonDerivedType(typeof(PlatformRecord), "platform")]
[JsonDerivedType(typeof(SampleRecord), "sample")]
[JsonDerivedType(typeof(LaunchRecord), "launch")]
[JsonDerivedType(typeof(ExtendRecord), "extend")]
public abstract record JournalRecord
{
    /// <summary>When it was written (UTC); the run, platform and launch records have it.</summary>
    public DateTimeOffset? Time { get; init; }
}

/// <summary>The first record: the journal's format, the suite and platforms as run (so a resume replays the same plan), the host.</summary>
public sealed record RunRecord : JournalRecord
{
    /// <summary>
    /// The journal format this run was written in. Journals written before formats were numbered have none and
    /// are format 1; the fields are the same, only this one was added.
    /// </summary>
    public int JournalFormat { get; init; } = 1;

    public required Suite Suite { get; init; }

    public required IReadOnlyList<PlatformDefinition> Platforms { get; init; }

    public required string Host { get; init; }

    /// <summary>The machine, the harness revision and the probe builds (absent in journals before issue 10).</summary>
    public MachineInfo? Machine { get; init; }

    /// <summary>
    /// True when the run is a gate only: its candidates and their references, none of the baselines they would be
    /// compared with beside them (so no ratio or index against a baseline); null for a run of every comparison.
    /// </summary>
    public bool? GateOnly { get; init; }

    /// <summary>The remote hosts the run drives over ssh (<c>run --host</c>), each with its disclosure; empty when none.</summary>
    public IReadOnlyList<RemoteHostRecord> Hosts { get; init; } = [];

    /// <summary>Set by <c>merge</c> only: the machines of the runs merged into this journal, each with its disclosure.</summary>
    public IReadOnlyList<MachineEntry>? Machines { get; init; }

    /// <summary>Every machine of the run: the merged ones, or this machine (unless it ran nothing itself) followed by the remote hosts.</summary>
    public IReadOnlyList<MachineEntry> AllMachines() => Machines ?? [
        .. Hosts.Count > 0 && Platforms.All(p => p.Remote is not null) ? Array.Empty<MachineEntry>()
            : [new MachineEntry { Name = LocalName(Machine), Runtime = Host, Machine = Machine, Started = Time, Platforms = Platforms.Where(p => p.Remote is null).Select(p => p.Name).ToList() }],
        .. Hosts.Select(h => new MachineEntry
        {
            Name = h.Definition.Name, Runtime = h.Runtime, Remote = true, Machine = h.Machine, Unreachable = h.Unreachable, Started = Time,
            Platforms = Platforms.Where(p => p.Remote == h.Definition.Name).Select(p => p.Name).ToList(),
        }),
    ];

    /// <summary>The name of the machine that ran the harness: its network name, or <c>local</c> for runs that did not record it.</summary>
    public static string LocalName(MachineInfo? machine) => machine?.Name ?? "local";
}

/// <summary>
/// A run given more fresh processes per cell after it was made (bisect adding launches to a pair the gate could not
/// decide): from this record on, the run's suite has <see cref="Launches"/> per cell, and a resume runs the rounds it lacks.
/// </summary>
public sealed record ExtendRecord : JournalRecord
{
    public required int Launches { get; init; }
}

/// <summary>A remote host of a run: its definition (a resume reconnects with it) and its machine, or why it could not be reached at the start.</summary>
public sealed record RemoteHostRecord
{
    public required HostDefinition Definition { get; init; }

    /// <summary>Its runtime identifier, e.g. <c>linux-arm64</c>; null when it could not be reached.</summary>
    public string? Runtime { get; init; }

    public MachineInfo? Machine { get; init; }

    public string? Unreachable { get; init; }
}

/// <summary>A platform's check at the start of a run (or of a resume): available or why not, and the emulator's version.</summary>
public sealed record PlatformRecord : JournalRecord
{
    public required string Platform { get; init; }

    public required PlatformStatus Status { get; init; }

    public string? Reason { get; init; }

    public string? Version { get; init; }
}

/// <summary>Where a sample or a launch belongs: the platform, the workload, the round (fresh process) and the attempt.</summary>
public abstract record LaunchTaggedRecord : JournalRecord
{
    public required string Platform { get; init; }

    /// <summary>The remote host it ran on (<see cref="PlatformDefinition.Remote"/>); null for the machine that ran the harness.</summary>
    public string? Host { get; init; }

    public required string Workload { get; init; }

    public required int Round { get; init; }

    /// <summary>1 for the first process of this round; a crashed process is retried with the next number.</summary>
    public required int Attempt { get; init; }

    [JsonIgnore]
    public CellKey Cell => new(Platform, Workload);

    [JsonIgnore]
    public LaunchKey Launch => new(Platform, Workload, Round);
}

/// <summary>One raw timing as the probe reported it.</summary>
public sealed record SampleRecord : LaunchTaggedRecord
{
    public required SampleKind Kind { get; init; }

    public required long Ns { get; init; }

    public required string Checksum { get; init; }
}

/// <summary>How one attempt of one launch ended, with what the host measured from outside.</summary>
public sealed record LaunchRecord : LaunchTaggedRecord
{
    public required CellStatus Status { get; init; }

    /// <summary>Null when the process was killed or never started.</summary>
    public int? ExitCode { get; init; }

    /// <summary>Process start to the probe's hello line.</summary>
    public long? StartupNs { get; init; }

    /// <summary>Process start to the probe's ready line (inputs prepared).</summary>
    public long? ReadyNs { get; init; }

    /// <summary>What the workload's samples are, from the probe's ready line; null when the probe never got there (and in the oldest journals, whose workloads were all timed iterations).</summary>
    public Measure? Measure { get; init; }

    public long WallNs { get; init; }

    /// <summary>What only a command workload's launch measures; null for a probe's. Journaled flat, as <c>firstStartNs</c> and <c>overheadNs</c>.</summary>
    [JsonIgnore]
    public CommandTimes? Command { get; init; }

    /// <inheritdoc cref="CommandTimes.FirstStartNs"/>
    public long? FirstStartNs
    {
        get => Command?.FirstStartNs;
        init => Command = value is null ? Command : (Command ?? new CommandTimes(null, null)) with { FirstStartNs = value };
    }

    /// <inheritdoc cref="CommandTimes.OverheadNs"/>
    public long? OverheadNs
    {
        get => Command?.OverheadNs;
        init => Command = value is null ? Command : (Command ?? new CommandTimes(null, null)) with { OverheadNs = value };
    }

    public string? Arch { get; init; }

    public string? Os { get; init; }

    public string? Runtime { get; init; }

    /// <summary>The instruction-set extensions the probe's runtime saw (its hello's <c>isa</c>); null from a probe that predates the field, and for a command.</summary>
    public IReadOnlyList<string>? Isa { get; init; }

    public string? Error { get; init; }

    /// <summary>Processes the launch started that outlived it and were ended (their names); null when none.</summary>
    public IReadOnlyList<string>? LeftBehind { get; init; }
}
