namespace BenchHarness.Core.Model;

/// <summary>
/// A remote machine driven over OpenSSH (<c>run --host FILE</c>): where to reach it and which platforms to run there.
/// Its platforms are run under the qualified names <c>PLATFORM@NAME</c>, compared with baselines of the same host.
/// </summary>
public sealed record HostDefinition
{
    /// <summary>The host's name in the run and its reports, e.g. <c>arm-laptop</c>: letters, digits, '-', '_' and '.'.</summary>
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public required SshDestination Ssh { get; init; }

    /// <summary>The platforms to run there: shipped names (templates included) or paths of platform files.</summary>
    public required IReadOnlyList<string> Platforms { get; init; }

    /// <summary>The harness's folder on the host (probe builds, inputs, state), relative to the login's home unless absolute.</summary>
    public string Directory { get; init; } = ".benchharness";

    /// <summary>
    /// The probe target that runs natively on the host and serves as its stopwatch (<c>stamp</c>): by default the
    /// NativeAOT target of the host's own architecture (<c>linux-arm64-aot</c> on an Arm64 Linux host).
    /// </summary>
    public ProbeTarget? Stopwatch { get; init; }

    /// <summary>
    /// The host's runtime identifier (<c>win-arm64</c>) when its <c>uname</c> cannot tell it: Git for Windows' x64 shell on a
    /// Windows-on-Arm laptop says <c>x86_64</c>. By default it is read from <c>uname -s</c> and <c>uname -m</c>.
    /// </summary>
    public string? Runtime { get; init; }
}

/// <summary>An SSH destination: what <c>ssh</c> is given. The host key must already be known: it is never accepted silently.</summary>
public sealed record SshDestination
{
    /// <summary>The address or name (an alias of <c>~/.ssh/config</c> works too).</summary>
    public required string Host { get; init; }

    public string? User { get; init; }

    public int? Port { get; init; }

    /// <summary>The private key to log in with; <c>~</c> is the home folder.</summary>
    public string? Identity { get; init; }

    /// <summary>The known-hosts file holding the host's key; by default ssh's own (<c>~/.ssh/known_hosts</c>).</summary>
    public string? KnownHosts { get; init; }

    /// <summary>More <c>-o</c> options for ssh (e.g. <c>ProxyJump=gateway</c>).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>A path of this machine as ssh reads it: a leading <c>~/</c> is the local home folder.</summary>
    public static string Home(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : "")
            : path;

    public override string ToString() => $"{(User is null ? "" : User + "@")}{Host}{(Port is { } p ? $":{p}" : "")}";
}
