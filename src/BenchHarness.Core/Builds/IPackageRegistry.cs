namespace BenchHarness.Core.Builds;

/// <summary>A version of a package as the registry lists it: its full version, the suite it is in, its signed checksum and pool file.</summary>
public sealed record RegistryVersion(string Version, string Suite, string Sha256, string File);

/// <summary>Where builds come from: Debian's package registry (<see cref="DebianRegistry"/>), or a test's own.</summary>
public interface IPackageRegistry
{
    /// <summary>Where it is, for messages (e.g. <c>http://deb.debian.org/debian</c>).</summary>
    string Address { get; }

    /// <summary>
    /// The versions of <paramref name="package"/> it lists; with <paramref name="refresh"/>, after reading its index again.
    /// A bad input when the registry cannot be reached and nothing is known of it.
    /// </summary>
    IReadOnlyList<RegistryVersion> Versions(string package, bool refresh);

    /// <summary>Downloads the .deb of <paramref name="version"/> into <paramref name="folder"/> and returns its path.</summary>
    string Download(string package, RegistryVersion version, string folder);
}
