namespace BenchHarness.Core.Model;

/// <summary>
/// One machine of a run or of a merge of runs: its name (the host dimension of cells and platforms), its runtime
/// identifier, its disclosure, and its platforms. A run's own machine is named by its network name; a remote host by
/// its host file; a merged run's machine by the name the merge gave it.
/// </summary>
public sealed record MachineEntry
{
    public required string Name { get; init; }

    /// <summary>Its runtime identifier in the platforms' words (<c>linux-arm64</c>); null when it was never reached.</summary>
    public string? Runtime { get; init; }

    /// <summary>Driven over ssh (true), or the machine that ran the harness.</summary>
    public bool Remote { get; init; }

    public MachineInfo? Machine { get; init; }

    /// <summary>Why it could not be reached when the run started, if it could not.</summary>
    public string? Unreachable { get; init; }

    /// <summary>The run it came from, for a merged run: its folder as given to merge, and its start.</summary>
    public string? Source { get; init; }

    public DateTimeOffset? Started { get; init; }

    public IReadOnlyList<string> Platforms { get; init; } = [];
}
