using System.Collections.Concurrent;
using System.Formats.Tar;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;

namespace BenchHarness.Core.Remote;

/// <summary>
/// A remote machine reached over ssh: its folder, its runtime identifier (<c>linux-arm64</c>), its disclosure, and
/// a content-addressed store (<c>DIR/store/SHA256/</c>) into which probe builds and inputs are copied once. The
/// shell commands sent are POSIX <c>sh</c>; the probe itself is started with plain argv through the host's stopwatch.
/// </summary>
public sealed class RemoteHost
{
    private readonly ProjectLayout _layout;
    private readonly ConcurrentDictionary<string, string> _stored = new(StringComparer.Ordinal);
    private readonly Lock _storing = new();

    private RemoteHost(HostDefinition definition, ProjectLayout layout, string directory, string runtime, ProbeTarget stopwatch)
    {
        Definition = definition;
        _layout = layout;
        Directory = directory;
        Runtime = runtime;
        StopwatchTarget = stopwatch;
    }

    public HostDefinition Definition { get; }

    public string Name => Definition.Name;

    /// <summary>The harness's folder on the host, absolute.</summary>
    public string Directory { get; }

    /// <summary>The host's runtime identifier in the words platforms use: <c>linux-x64</c>, <c>linux-arm64</c>, <c>osx-arm64</c> …</summary>
    public string Runtime { get; }

    /// <summary>The probe target that runs natively there and times launches (<see cref="HostDefinition.Stopwatch"/>).</summary>
    public ProbeTarget StopwatchTarget { get; }

    /// <summary>
    /// Logs in, makes the host's folder and reads its architecture. Authentication failures and unknown host keys are
    /// bad input (<see cref="BadInputException"/>); a host that cannot be reached gives its reason instead.
    /// </summary>
    public static (RemoteHost? Host, string? Unreachable) Connect(HostDefinition definition, ProjectLayout layout)
    {
        var folder = Ssh.Quote(definition.Directory);
        var reply = SshSession.Run(definition, $"mkdir -p {folder} && cd {folder} && pwd && uname -s && uname -m", timeout: TimeSpan.FromSeconds(60));
        if (!reply.Ok)
        {
            if (Ssh.RefusalOf(reply.Error, definition) is { } refusal)
            {
                throw new BadInputException(BadInputKind.HostRefused, definition.Name, refusal);
            }

            return (null, reply.ConnectionFailed
                ? $"host {definition.Name} ({definition.Ssh}) cannot be reached: {Ssh.LastLine(reply.Error)}"
                : $"host {definition.Name}: its folder {definition.Directory} cannot be made: {Ssh.LastLine(reply.Error)}");
        }

        var lines = reply.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 3)
        {
            return (null, $"host {definition.Name}: its shell did not answer as a POSIX shell does (pwd, uname): {reply.Output.Trim()}");
        }

        var runtime = definition.Runtime ?? RuntimeOf(lines[1], lines[2]);
        return (definition.Stopwatch ?? ProbeTarget.TryParse($"{runtime}-aot")) is { } stopwatch
            ? (new RemoteHost(definition, layout, lines[0], runtime, stopwatch), null)
            : (null, $"host {definition.Name}: its runtime {runtime} names no probe target for its stopwatch: give its host file a \"stopwatch\" (e.g. linux-arm64-aot)");
    }

    /// <summary><c>uname -s</c> and <c>uname -m</c> in the words platforms use.</summary>
    internal static string RuntimeOf(string system, string machine)
    {
        var os = system switch
        {
            "Linux" => "linux",
            "Darwin" => "osx",
            _ when system.StartsWith("MINGW", StringComparison.Ordinal) || system.StartsWith("MSYS", StringComparison.Ordinal) || system.StartsWith("CYGWIN", StringComparison.Ordinal) => "win",
            _ => system.ToLowerInvariant(),
        };
        var arch = machine switch
        {
            "x86_64" or "amd64" or "AMD64" => "x64",
            "aarch64" or "arm64" or "ARM64" => "arm64",
            _ => machine.ToLowerInvariant(),
        };
        return $"{os}-{arch}";
    }

    /// <summary>The host's disclosure, read with its own tools (/proc on Linux, sysctl on macOS).</summary>
    public MachineInfo ReadMachine(IEnumerable<ProbeTarget> targets)
    {
        var script = $"cd {Ssh.Quote(Directory)}\n" + """
            echo "name=$(uname -n)"; echo "kernel=$(uname -r)"
            echo "fs=$(df -PT . 2>/dev/null | awk 'NR==2 {print $2 " on " $1 ", mounted at " $7}')"
            if [ -r /proc/cpuinfo ]; then
              echo "cpu=$(sed -n 's/^model name[^:]*: *//p' /proc/cpuinfo | head -n 1)"
              echo "flags=$(sed -n 's/^\(flags\|Features\)[^:]*: *//p' /proc/cpuinfo | head -n 1)"
            else echo "cpu=$(sysctl -n machdep.cpu.brand_string 2>/dev/null)"; fi
            echo "cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null)"
            if [ -r /proc/meminfo ]; then echo "memkb=$(sed -n 's/^MemTotal: *\([0-9]*\).*/\1/p' /proc/meminfo)"
            else echo "membytes=$(sysctl -n hw.memsize 2>/dev/null)"; fi
            if [ -r /etc/os-release ]; then echo "os=$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"')"
            else echo "os=$(sw_vers -productName 2>/dev/null) $(sw_vers -productVersion 2>/dev/null)"; fi
            echo "hypervisor=$(systemd-detect-virt --vm 2>/dev/null)"
            echo "container=$(systemd-detect-virt --container 2>/dev/null)"
            """;
        var reply = SshSession.Run(Definition, script);
        var fields = reply.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && p[1].Trim().Length > 0)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1].Trim());
        var flags = fields.GetValueOrDefault("flags")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) ?? [];
        return new MachineInfo
        {
            Name = fields.GetValueOrDefault("name"),
            CpuModel = fields.GetValueOrDefault("cpu") ?? Runtime,
            CpuFlags = MachineProbe.NotableFlags.Where(flags.Contains).ToList(),
            Cores = int.TryParse(fields.GetValueOrDefault("cores"), CultureInfo.InvariantCulture, out var cores) ? cores : 0,
            MemoryBytes = long.TryParse(fields.GetValueOrDefault("memkb"), CultureInfo.InvariantCulture, out var kb) ? kb * 1024
                : long.TryParse(fields.GetValueOrDefault("membytes"), CultureInfo.InvariantCulture, out var bytes) ? bytes : null,
            Kernel = fields.GetValueOrDefault("kernel"),
            Os = fields.GetValueOrDefault("os"),
            VirtualMachine = fields.GetValueOrDefault("hypervisor") is { } vm && vm != "none" ? vm : null,
            Container = fields.GetValueOrDefault("container") is { } container && container != "none" ? container : null,
            FileSystems = fields.GetValueOrDefault("fs") is { } fs ? new Dictionary<string, string> { ["host folder"] = fs } : new Dictionary<string, string>(),
            ProbeBuilds = targets.Distinct().Select(t => (Target: t, Path: _layout.ProbePath(t))).Where(t => File.Exists(t.Path))
                .ToDictionary(t => t.Target.Name, t => MachineProbe.Fingerprint(t.Path)),
        };
    }

    /// <summary>
    /// Whether the host can run the platform: what the harness can tell by itself (its architecture, the probe and the
    /// stopwatch built here), then the rest in one script run by the host's shell (the launcher and required files
    /// there, the emulator's version).
    /// </summary>
    public PlatformAvailability Check(PlatformDefinition platform)
    {
        var site = new Site(Name, Runtime, StopwatchTarget);
        var requirements = new PlatformChecker(_layout).Requirements(platform, site);
        var here = PlatformAvailability.Of(requirements.Where(r => r.Shell() is null).Select(r => r.Check(site)));
        if (!here.Available)
        {
            return here;
        }

        var reply = SshSession.Run(Definition, ShellCheck.Script(requirements));
        return ShellCheck.Read(reply.Output) switch
        {
            null => new(false, $"host {Name} did not answer the platform check: {Ssh.LastLine(reply.Error)}", null),
            { Missing: { } missing } => new(false, $"on host {Name}: {missing}", null),
            var found => new(true, null, found.Version),
        };
    }

    /// <summary>Where the probe builds and state are on the host; a probe build is copied there the first time it is asked for.</summary>
    public ProbePlace Place(Action<string> progress) =>
        new(target => Store(Path.GetDirectoryName(_layout.ProbePath(target))!, $"probe {target}", progress) + "/" + Path.GetFileName(_layout.ProbePath(target)),
            Directory + "/state");

    /// <summary>The host's stopwatch: its native probe, copied there when missing.</summary>
    public string Stopwatch(Action<string> progress) =>
        Store(Path.GetDirectoryName(_layout.ProbePath(StopwatchTarget))!, $"probe {StopwatchTarget} (the stopwatch)", progress) + "/" + Path.GetFileName(_layout.ProbePath(StopwatchTarget));

    /// <summary>
    /// The host's copy of a local folder, under the SHA-256 of its content: copied (as one tar stream through ssh) only
    /// when the host does not have it yet. A copy cut short is never used: it is complete only once renamed into place.
    /// </summary>
    public string Store(string localFolder, string what, Action<string> progress)
    {
        lock (_storing)
        {
            if (_stored.TryGetValue(localFolder, out var known))
            {
                return known;
            }

            var hash = ContentHash(localFolder);
            var remote = $"{Directory}/store/{hash}";
            var quoted = Ssh.Quote(remote);
            var have = SshSession.Run(Definition, $"test -e {quoted}/.complete && echo have || echo missing");
            if (have.ConnectionFailed)
            {
                throw new HostLostException(Name, Ssh.LastLine(have.Error));
            }

            if (have.Output.Trim() != "have")
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var sent = SshSession.Run(Definition,
                    $"set -e; rm -rf {quoted}.part; mkdir -p {quoted}.part; tar -xf - -C {quoted}.part; : > {quoted}.part/.complete; rm -rf {quoted}; mv {quoted}.part {quoted}",
                    stdin => TarFile.CreateFromDirectory(localFolder, stdin, includeBaseDirectory: false), TimeSpan.FromMinutes(30));
                if (!sent.Ok)
                {
                    // A full disk or a folder it may not write: this host cannot go on, the others can.
                    throw sent.ConnectionFailed ? new HostLostException(Name, Ssh.LastLine(sent.Error))
                        : new HostLostException(Name, $"copying {what} there failed: {Ssh.LastLine(sent.Error)}", lost: false);
                }

                progress($"host {Name}: copied {what} ({hash[..16]}) in {clock.Elapsed.TotalSeconds:0.0} s");
            }

            return _stored[localFolder] = remote;
        }
    }

    /// <summary>The SHA-256 of a folder: of each file's relative path, executable bit and SHA-256, in path order.</summary>
    internal static string ContentHash(string folder)
    {
        var listing = new StringBuilder();
        foreach (var file in System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var executable = !OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & UnixFileMode.UserExecute) != 0;
            listing.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(folder, file)}\0{(executable ? 'x' : '-')}\0{MachineProbe.Sha256(file)}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }
}
