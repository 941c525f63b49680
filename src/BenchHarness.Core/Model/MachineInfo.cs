namespace BenchHarness.Core.Model;

/// <summary>
/// What a run was measured on and with, recorded when it starts: the machine (CPU model, cores, memory, kernel,
/// operating system), the harness's source revision and a fingerprint of each probe build. Two runs compare like for
/// like only when these agree.
/// </summary>
public sealed record MachineInfo
{
    /// <summary>The machine's network name (<c>uname -n</c>): how a merge tells machines apart when not told their names.</summary>
    public string? Name { get; init; }

    public string? CpuModel { get; init; }

    /// <summary>The instruction-set extensions that matter to translators and codecs, of those the CPU reports (avx2, avx512f, aes, sha …).</summary>
    public IReadOnlyList<string> CpuFlags { get; init; } = [];

    public int Cores { get; init; }

    public long? MemoryBytes { get; init; }

    public string? Kernel { get; init; }

    public string? Os { get; init; }

    /// <summary>The hypervisor the machine runs under (<c>KVM</c>, <c>Microsoft Hv</c> …), or null on bare metal or when it cannot be told.</summary>
    public string? VirtualMachine { get; init; }

    /// <summary>The container runtime the harness runs in (<c>docker</c>, <c>podman</c>, <c>lxc</c> …), or null when none is seen.</summary>
    public string? Container { get; init; }

    /// <summary>
    /// The file system of the folders the file workloads touch: <c>output</c> (the run folder) and <c>temp</c> (the
    /// probes' scratch folders), each as "type on device, mounted at …".
    /// </summary>
    public IReadOnlyDictionary<string, string> FileSystems { get; init; } = new Dictionary<string, string>();

    /// <summary>The .NET SDK that built the harness and probes (<c>dotnet --version</c>), and the runtime the harness ran on.</summary>
    public string? DotnetSdk { get; init; }

    public string? DotnetRuntime { get; init; }

    /// <summary>The harness's git commit (HEAD when the run started), or null outside a git checkout.</summary>
    public string? Harness { get; init; }

    /// <summary>Whether tracked files differed from that commit when the run started (null when git could not say).</summary>
    public bool? HarnessDirty { get; init; }

    /// <summary>Each probe target's build: the first 16 hex digits of the SHA-256 of its executable.</summary>
    public IReadOnlyDictionary<string, string> ProbeBuilds { get; init; } = new Dictionary<string, string>();
}
