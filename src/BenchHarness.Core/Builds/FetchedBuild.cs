using BenchHarness.Core.Model;

namespace BenchHarness.Core.Builds;

/// <summary>
/// <c>.state/emulators/PACKAGE/VERSION/build.json</c>: a build that <c>emulators fetch</c> downloaded, checked and unpacked.
/// Its programs ran here (<c>--version</c>) when it was fetched.
/// </summary>
public sealed record FetchedBuild
{
    public required string Package { get; init; }

    /// <summary>The full version, with its epoch, as Debian's registry lists it.</summary>
    public required string Version { get; init; }

    /// <summary>The suite it came from, as apt names its source (e.g. <c>bookworm-backports/main</c>).</summary>
    public string? Suite { get; init; }

    /// <summary>SHA-256 of the .deb, checked against the registry's signed index before it was unpacked.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The .deb's file name in the registry's pool.</summary>
    public string? File { get; init; }

    public DateTimeOffset Fetched { get; init; }

    /// <summary>The programs an emulator platform launches from it, each checked to run here.</summary>
    public IReadOnlyList<FetchedProgram> Programs { get; init; } = [];

    public EmulatorBuild Build => new(Package, Version, Sha256);
}

/// <summary>A program of a fetched build: its path inside the build's folder, its version line and how it is linked.</summary>
/// <param name="Linked"><c>static</c> (no ELF interpreter), <c>dynamic</c> (uses this machine's loader and libraries) or null when not ELF.</param>
public sealed record FetchedProgram(string Name, string Path, string VersionLine, string? Linked);
