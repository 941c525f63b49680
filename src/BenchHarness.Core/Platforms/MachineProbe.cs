using System.Runtime.InteropServices;
using System.Security.Cryptography;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Platforms;

/// <summary>Reads the <see cref="MachineInfo"/> of this machine: /proc on Linux, the runtime's description elsewhere.</summary>
public static class MachineProbe
{
    /// <summary>The extensions <see cref="MachineInfo.CpuFlags"/> names when the CPU has them (x86-64 flags, then Arm's features).</summary>
    internal static readonly string[] NotableFlags =
        ["sse4_2", "avx", "avx2", "fma", "bmi2", "avx512f", "avx512bw", "avx512vl", "aes", "vaes", "sha_ni", "pclmulqdq", "asimd", "atomics", "sha2", "sha3", "sve", "sve2", "crc32"];

    /// <summary>The machine, the harness's revision and the probe builds; <paramref name="outputDirectory"/> is the run folder.</summary>
    public static MachineInfo Read(ProjectLayout layout, IEnumerable<ProbeTarget> targets, string outputDirectory) => new()
    {
        Name = Environment.MachineName,
        CpuModel = ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        CpuFlags = CpuFlags(),
        Cores = Environment.ProcessorCount,
        MemoryBytes = ProcField("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], out var kb) ? kb * 1024 : null,
        Kernel = ReadLine("/proc/sys/kernel/osrelease") ?? Environment.OSVersion.VersionString,
        Os = OsRelease() ?? RuntimeInformation.OSDescription,
        VirtualMachine = Virtualization.Hypervisor(),
        Container = Virtualization.Container(),
        FileSystems = new Dictionary<string, string?>
        {
            ["output"] = Mounts.FileSystemOf(outputDirectory),
            ["temp"] = Mounts.FileSystemOf(Path.GetTempPath()),
        }.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!),
        DotnetSdk = CommandOutput.FirstLine(["dotnet", "--version"]),
        DotnetRuntime = RuntimeInformation.FrameworkDescription,
        Harness = GitCommit(layout.Root),
        HarnessDirty = CommandOutput.Read(["git", "-C", layout.Root, "status", "--porcelain", "--untracked-files=no"], requireSuccess: true) is { } status
            ? status.Trim().Length > 0 : null,
        ProbeBuilds = targets.Distinct().Select(t => (Target: t, Path: layout.ProbePath(t))).Where(t => File.Exists(t.Path))
            .ToDictionary(t => t.Target.Name, t => Fingerprint(t.Path)),
    };

    /// <summary>The first 16 hex digits of a file's SHA-256.</summary>
    public static string Fingerprint(string path) => Sha256(path)[..16];

    /// <summary>A file's SHA-256, in lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// HEAD's commit, read from .git without running git (uncommitted changes are not detected this way). In a linked
    /// worktree .git is a file naming the worktree's own folder (its HEAD), whose <c>commondir</c> holds the refs.
    /// </summary>
    internal static string? GitCommit(string root)
    {
        var git = Path.Combine(root, ".git");
        if (File.Exists(git) && ReadLine(git) is { } link && link.StartsWith("gitdir: ", StringComparison.Ordinal))
        {
            git = Path.GetFullPath(Path.Combine(root, link[8..]));
        }

        if (ReadLine(Path.Combine(git, "HEAD")) is not { } head)
        {
            return null;
        }

        if (!head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return head;
        }

        var reference = head[5..];
        var common = ReadLine(Path.Combine(git, "commondir")) is { } shared ? Path.GetFullPath(Path.Combine(git, shared)) : git;
        var packed = Path.Combine(common, "packed-refs");
        return ReadLine(Path.Combine(git, reference)) ?? ReadLine(Path.Combine(common, reference))
            ?? (File.Exists(packed) ? File.ReadLines(packed).Select(l => l.Split(' ')).FirstOrDefault(p => p.Length == 2 && p[1] == reference)?[0] : null);
    }

    private static List<string> CpuFlags()
    {
        var reported = (ProcField("/proc/cpuinfo", "flags") ?? ProcField("/proc/cpuinfo", "Features") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return NotableFlags.Where(reported.Contains).ToList();
    }

    internal static string? ProcField(string path, string field) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(field, StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;

    private static string? OsRelease() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").Where(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)).Select(l => l[12..].Trim('"')).FirstOrDefault()
            : null;

    internal static string? ReadLine(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadLines(path).FirstOrDefault()?.Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
