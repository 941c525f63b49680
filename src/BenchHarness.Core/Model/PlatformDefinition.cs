namespace BenchHarness.Core.Model;

/// <summary>
/// How a probe target is launched: an argv prefix (empty for native), environment variables, the target it
/// runs, the baseline platform its ratios are taken against and, for a candidate build, its reference.
/// </summary>
public sealed record PlatformDefinition
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The launcher argv prefix, e.g. <c>["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"]</c>; empty for native.</summary>
    public IReadOnlyList<string> Launcher { get; init; } = [];

    /// <summary>Environment variables; <c>${STATE}</c> is the harness's state folder, <c>${NAME}</c> the environment's.</summary>
    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    /// <summary>The probe target it runs, e.g. <c>linux-arm64-aot</c>.</summary>
    public required ProbeTarget Target { get; init; }

    /// <summary>The platform it is compared with; none for a baseline itself.</summary>
    public string? Baseline { get; init; }

    /// <summary>
    /// The platform this one is a candidate build of (another build of the same emulator, other options): the run
    /// compares it with that reference, paired round by round, beside both against the baseline.
    /// </summary>
    public string? Reference { get; init; }

    /// <summary>
    /// A fetched Debian build (<c>emulators fetch</c>) whose emulator replaces the launcher's first word, e.g.
    /// <c>{"package": "qemu-user", "version": "10.0.2+ds-2+deb13u1~bpo12+1"}</c>; recorded in full (epoch, .deb SHA-256).
    /// </summary>
    public EmulatorBuild? Build { get; init; }

    /// <summary>
    /// The guest CPU model an x86-64 translator advertises (<c>x86-64-v3</c>, <c>x86-64-v2</c>, <c>x86-64</c>, <c>max</c>;
    /// Definitions/GuestCpu.cs): QEMU gets it as <c>-cpu</c>. Null for a platform that does not name one.
    /// </summary>
    public string? GuestCpu { get; init; }

    /// <summary>
    /// Platforms it is compared with besides its baseline, e.g. a Wine-under-a-translator stack against Wine alone (the
    /// translator's share). Years of hardware progress are read against the baseline only.
    /// </summary>
    public IReadOnlyList<string> AlsoComparedWith { get; init; } = [];

    /// <summary>Files that must exist (a cross libc, a loader …).</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>The command that prints the emulator's version, first line kept.</summary>
    public IReadOnlyList<string> Version { get; init; } = [];

    /// <summary>The host this platform runs on, e.g. <c>linux-x64</c>, <c>linux-arm64</c>, <c>osx-arm64</c>, <c>win-arm64</c>.</summary>
    public string Host { get; init; } = "linux-x64";

    /// <summary>
    /// The remote host it runs on (<see cref="HostDefinition.Name"/>), or null for this machine. Its name is then
    /// qualified (<c>box64@arm-laptop</c>), and so are its baseline's and reference's: ratios are taken within a host.
    /// </summary>
    public string? Remote { get; init; }

    /// <summary>
    /// Platforms of other machines it is also compared with, named by the user when merging runs (<c>merge --compare</c>):
    /// each such comparison is one of different machines, and says so.
    /// </summary>
    public IReadOnlyList<string> AcrossMachines { get; init; } = [];

    /// <summary>Debian packages that provide what it needs, named in the reason when it is unavailable.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>The expected probe architecture (<c>X64</c>, <c>Arm64</c>); a launch reporting another one is flagged.</summary>
    public string? ExpectArch { get; init; }

    /// <summary>The expected probe operating system (<c>Linux</c>, <c>Windows</c>).</summary>
    public string? ExpectOs { get; init; }

    /// <summary>Runs only when named with <c>--platform</c>, not in <c>all</c>: diagnostic platforms that would only slow every run.</summary>
    public bool OptIn { get; init; }

    /// <summary>
    /// The same platform with its emulator binary swapped for <paramref name="path"/>: the launcher's first word, and the
    /// version command's where it is the same.
    /// </summary>
    public PlatformDefinition WithEmulator(string path) => this with
    {
        Launcher = [path, .. Launcher.Skip(1)],
        Version = Version.Select((word, i) => i == 0 && word == Launcher[0] ? path : word).ToList(),
    };

    /// <summary>The platforms it is compared with: its baseline, then its reference, then the others it names.</summary>
    public IEnumerable<string> ComparedWith() => new[] { Baseline, Reference }.OfType<string>().Concat(AlsoComparedWith).Concat(AcrossMachines);
}
