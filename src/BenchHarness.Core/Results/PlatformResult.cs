using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>A platform of the run: how it was launched, whether it was available, and what actually executed.</summary>
public sealed record PlatformResult
{
    public required string Name { get; init; }

    /// <summary>The machine it ran on (<see cref="RunResult.Machines"/>).</summary>
    public string? Machine { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The probe target it runs, e.g. <c>linux-arm64-aot</c>.</summary>
    public required string Target { get; init; }

    /// <summary>The platform its ratios are taken against; null for a baseline.</summary>
    public string? Baseline { get; init; }

    /// <summary>For a candidate build: the platform it is a candidate of, compared with it as well.</summary>
    public string? Reference { get; init; }

    /// <summary>The guest CPU model it named (<see cref="PlatformDefinition.GuestCpu"/>); null when it named none.</summary>
    public string? GuestCpu { get; init; }

    /// <summary>The launcher argv prefix; empty for native.</summary>
    public IReadOnlyList<string> Launcher { get; init; } = [];

    /// <summary>Environment variables set for its processes, beyond the harness's own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// What differs from its baseline besides the emulator, each a sentence (the Windows build of the runtime and
    /// libraries under Wine, machine code compiled for another architecture …); empty for a baseline.
    /// </summary>
    public IReadOnlyList<string> BesidesTheEmulator { get; init; } = [];

    /// <summary>What its cells did against the method's expectations (<see cref="Analysis.Anomalies"/>), each a sentence; empty for most platforms.</summary>
    public IReadOnlyList<string> Anomalies { get; init; } = [];

    /// <summary>The claim it answers against its baseline (<see cref="Analysis.ClaimReading"/>); null for most platforms.</summary>
    public PlatformClaim? Claim { get; init; }

    public required PlatformStatus Status { get; init; }

    /// <summary>Why it was unavailable.</summary>
    public string? Reason { get; init; }

    /// <summary>The emulator's version line.</summary>
    public string? Version { get; init; }

    /// <summary>The fetched Debian build its emulator came from (package, version with epoch, .deb SHA-256); null for an installed one.</summary>
    public EmulatorBuild? Build { get; init; }

    /// <summary>The architecture, OS and runtime the probe reported: what actually executed.</summary>
    public string? Arch { get; init; }

    public string? Os { get; init; }

    public string? Runtime { get; init; }

    /// <summary>
    /// The instruction-set extensions the probe's runtime saw on this platform (the guest's view: under an emulator its
    /// CPU model decides them), as the first of its launches that reported them said; null when none did.
    /// </summary>
    public IReadOnlyList<string>? GuestIsa { get; init; }

    /// <summary>When its launches disagreed on <see cref="GuestIsa"/>: how many saw what; null when they agreed.</summary>
    public string? GuestIsaNote { get; init; }

    /// <summary>
    /// How it warms up in a fresh process (the analysis's warm-up curve): per iteration, 0 being the cold one,
    /// the median time over the launch's warm median; null without a launch of an iterating workload.
    /// </summary>
    public IReadOnlyList<double>? WarmUp { get; init; }
}
