using System.Security.Cryptography;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Builds;

/// <summary>
/// <c>emulators fetch PACKAGE=VERSION</c>: downloads a Debian build from the registry, checks its SHA-256 against the
/// registry's signed index, unpacks it (<c>dpkg -x</c>) beside the others and runs each of its emulator programs'
/// <c>--version</c>. A build that cannot run here (a library this machine lacks, another architecture) is refused with
/// the reason. Everything happens in a hidden folder that becomes the build's only when it is complete: a failure or
/// an interruption leaves nothing half-unpacked.
/// </summary>
public sealed class BuildFetcher(BuildStore store, IPackageRegistry registry, Action<string> progress)
{
    private static readonly TimeSpan VersionLimit = TimeSpan.FromSeconds(20);

    /// <summary>Fetches <paramref name="name"/> unless it is already here (then nothing is downloaded: offline works).</summary>
    /// <param name="programs">The programs platforms launch from this package (e.g. qemu-aarch64, qemu-x86_64); when none of them is in it, every program in its usr/bin.</param>
    public FetchedBuild Fetch(BuildName name, IReadOnlyList<string> programs)
    {
        if (store.Find(name) is { } here)
        {
            progress($"{name}: already fetched ({store.FolderOf(name)})");
            return here;
        }

        var version = Resolve(name);
        var folder = store.FolderOf(name);
        var partial = Path.Combine(Path.GetDirectoryName(folder)!, $".partial-{name.Folder}-{Environment.ProcessId}");
        RemoveInterrupted(name);
        try
        {
            Directory.CreateDirectory(partial);
            progress($"{name}: downloading {version.File} ({version.Suite}) from {registry.Address} …");
            var deb = registry.Download(name.Package, version, Directory.CreateDirectory(Path.Combine(partial, ".download")).FullName);
            var sha256 = Sha256Of(deb);
            if (!string.Equals(sha256, version.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new BadInputException(BadInputKind.Setup, name.ToString(), $"{name}: the downloaded .deb's SHA-256 is {sha256}, the registry's index says {version.Sha256}: nothing was kept; try again.");
            }

            progress($"{name}: SHA-256 {sha256} matches the registry's index; unpacking …");
            var unpack = Tool.Required(["dpkg", "-x", deb, partial], TimeSpan.FromMinutes(10), "dpkg");
            if (unpack.ExitCode != 0)
            {
                throw new BadInputException(BadInputKind.Setup, name.ToString(), $"{name}: dpkg -x failed: {unpack.Reason}");
            }

            Directory.Delete(Path.GetDirectoryName(deb)!, recursive: true);
            var build = new FetchedBuild
            {
                Package = name.Package, Version = version.Version, Suite = version.Suite, Sha256 = sha256, File = version.File,
                Fetched = DateTimeOffset.UtcNow, Programs = Check(name, partial, programs),
            };
            BuildStore.Write(partial, build);
            Directory.Move(partial, folder);
            progress($"{name}: fetched into {folder}");
            return build;
        }
        finally
        {
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
        }
    }

    /// <summary>The registry's version the name means; unknown versions are refused with the ones it has.</summary>
    private RegistryVersion Resolve(BuildName name)
    {
        var versions = registry.Versions(name.Package, refresh: false);
        if (!versions.Any(v => name.Names(v.Version)))
        {
            progress($"{name}: not in the registry's index as last read; reading it again …");
            versions = registry.Versions(name.Package, refresh: true);
        }

        var matches = versions.Where(v => name.Names(v.Version)).ToList();
        return matches.Count > 0 ? matches[0]
            : versions.Count == 0 ? throw new BadInputException(BadInputKind.UnknownName, name.ToString(), $"Debian's registry ({string.Join(", ", DebianRegistry.Suites)}) has no package '{name.Package}'.")
            : throw new BadInputException(BadInputKind.UnknownName, name.ToString(),
                $"Debian's registry has no {name.Package} version {name.Version}; it has {string.Join(", ", versions.Select(v => $"{v.Version} ({v.Suite})"))}.");
    }

    /// <summary>Each program runs its <c>--version</c> here, or the build is refused with the program's own reason.</summary>
    private static List<FetchedProgram> Check(BuildName name, string root, IReadOnlyList<string> programs)
    {
        var bin = Path.Combine(root, "usr", "bin");
        var inBin = Directory.Exists(bin) ? Directory.GetFiles(bin).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList() : [];
        var named = programs.Where(inBin.Contains).ToList();
        var chosen = named.Count > 0 ? named : inBin.Where(p => !OperatingSystem.IsWindows() && (File.GetUnixFileMode(Path.Combine(bin, p)) & UnixFileMode.UserExecute) != 0).ToList();
        if (chosen.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, name.ToString(), $"{name} holds no program in usr/bin: it is not an emulator build.");
        }

        return chosen.Select(program =>
        {
            var path = Path.Combine(bin, program);
            var output = Tool.Run([path, "--version"], VersionLimit);
            var line = output?.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (output is null || output.ExitCode != 0 || line is null)
            {
                throw new BadInputException(BadInputKind.Setup, name.ToString(),
                    $"{name} cannot run here: usr/bin/{program}, asked for its version, {(output is null ? "could not be started" : $"failed ({output.Reason})")}; nothing was kept.");
            }

            return new FetchedProgram(program, Path.Combine("usr", "bin", program), line, ElfLinkage.Of(path));
        }).ToList();
    }

    /// <summary>What an interrupted fetch of the same build left (killed outright, its own clean-up never ran).</summary>
    private void RemoveInterrupted(BuildName name)
    {
        var parent = Path.GetDirectoryName(store.FolderOf(name))!;
        Directory.CreateDirectory(parent);
        foreach (var left in Directory.GetDirectories(parent, $".partial-{name.Folder}-*"))
        {
            Directory.Delete(left, recursive: true);
        }
    }

    private static string Sha256Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
