namespace BenchHarness.Core.Model;

/// <summary>
/// What a run was measured on and with, recorded when it starts: the machine (CPU model, cores, memory, kernel,
/// operating system), the harness's source revision and a fingerprint of each probe build. Two runs compare like for
/// like only when these agree.
/// </summary>
public sealed record MachineInfo
{
    public string? CpuModel { get; init; }

    public int Cores { get; init; }

    public long? MemoryBytes { get; init; }

    public string? Kernel { get; init; }

    public string? Os { get; init; }

    /// <summary>The harness's git commit (HEAD when the run started), or null outside a git checkout.</summary>
    public string? Harness { get; init; }

    /// <summary>Each probe target's build: the first 16 hex digits of the SHA-256 of its executable.</summary>
    public IReadOnlyDictionary<string, string> ProbeBuilds { get; init; } = new Dictionary<string, string>();
}
