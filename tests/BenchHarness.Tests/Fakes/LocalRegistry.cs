using System.Diagnostics;
using System.Security.Cryptography;
using BenchHarness.Core.Builds;

namespace BenchHarness.Tests.Fakes;

/// <summary>
/// A package registry of real .deb files made here with dpkg-deb: each package holds usr/bin programs a test writes. It
/// counts what it was asked, so a test can tell that a fetch of a build already here went nowhere.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class LocalRegistry(string folder) : IPackageRegistry
{
    private readonly Dictionary<(string Package, string Version), string> debs = [];

    public int Calls { get; private set; }

    /// <summary>A checksum the index states instead of the .deb's real one: a download that was tampered with.</summary>
    public string? WrongSha256 { get; set; }

    public string Address => $"file://{folder}";

    /// <summary>Adds <paramref name="package"/> at <paramref name="version"/> holding <paramref name="programs"/> (name → file to copy) in usr/bin.</summary>
    public void Add(string package, string version, IReadOnlyDictionary<string, string> programs)
    {
        var root = Directory.CreateDirectory(Path.Combine(folder, $"{package}-{version.Replace(':', '_')}")).FullName;
        var bin = Directory.CreateDirectory(Path.Combine(root, "usr", "bin")).FullName;
        foreach (var (name, source) in programs)
        {
            File.Copy(source, Path.Combine(bin, name));
            File.SetUnixFileMode(Path.Combine(bin, name), (UnixFileMode)0b111_101_101);
        }

        Directory.CreateDirectory(Path.Combine(root, "DEBIAN"));
        File.WriteAllText(Path.Combine(root, "DEBIAN", "control"), $"Package: {package}\nVersion: {version}\nArchitecture: amd64\nMaintainer: tests <tests@example.org>\nDescription: a test build\n");
        var deb = Path.Combine(folder, $"{package}_{version.Replace(':', '_')}_amd64.deb");
        Run("dpkg-deb", "--root-owner-group", "--build", root, deb);
        debs[(package, version)] = deb;
    }

    public IReadOnlyList<RegistryVersion> Versions(string package, bool refresh)
    {
        Calls++;
        return debs.Where(d => d.Key.Package == package)
            .Select(d => new RegistryVersion(d.Key.Version, "test/main", WrongSha256 ?? Sha256(d.Value), Path.GetFileName(d.Value))).ToList();
    }

    public string Download(string package, RegistryVersion version, string into)
    {
        Calls++;
        var target = Path.Combine(into, Path.GetFileName(debs[(package, version.Version)]));
        File.Copy(debs[(package, version.Version)], target);
        return target;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {errors}");
    }
}
