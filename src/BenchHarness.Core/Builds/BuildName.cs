using System.Text.RegularExpressions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Builds;

/// <summary>
/// A Debian package and one of its versions, as a user names a build: <c>qemu-user=10.0.2+ds-2+deb13u1~bpo12+1</c> to
/// fetch it, <c>qemu-user@…</c> to run it. The epoch (<c>1:</c>) may be left out; the folder never carries it.
/// Names follow Debian Policy §5.6.1 (package) and §5.6.12 (version).
/// </summary>
public sealed partial record BuildName(string Package, string Version)
{
    /// <summary>The version without its epoch: the build's folder under <c>.state/emulators/PACKAGE/</c>.</summary>
    public string Folder => Version.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? Version[(colon + 1)..] : Version;

    /// <summary>Whether <paramref name="fullVersion"/> (as apt lists it, with its epoch) is the version named.</summary>
    public bool Names(string fullVersion) =>
        fullVersion == Version || (!Version.Contains(':', StringComparison.Ordinal) && Strip(fullVersion) == Version);

    public override string ToString() => $"{Package}@{Version}";

    /// <summary>Parses <c>PACKAGE{separator}VERSION</c>; <paramref name="what"/> words the error (e.g. "emulators fetch").</summary>
    public static BuildName Parse(string text, char separator, string what)
    {
        var split = text.IndexOf(separator, StringComparison.Ordinal);
        var example = $"qemu-user{separator}10.0.2+ds-2+deb13u1~bpo12+1";
        if (split <= 0 || split == text.Length - 1)
        {
            throw new BadInputException(BadInputKind.BadArgument, text, $"{what} '{text}': give PACKAGE{separator}VERSION, a Debian package and one of its versions (e.g. {example}).");
        }

        var (package, version) = (text[..split], text[(split + 1)..]);
        if (!PackagePattern().IsMatch(package))
        {
            throw new BadInputException(BadInputKind.BadArgument, text, $"{what} '{text}': '{package}' is not a Debian package name (lower-case letters, digits, + - and ., e.g. {example}).");
        }

        if (!VersionPattern().IsMatch(version))
        {
            throw new BadInputException(BadInputKind.BadArgument, text, $"{what} '{text}': '{version}' is not a Debian version (e.g. 10.0.2+ds-2+deb13u1~bpo12+1, epoch optional).");
        }

        return new BuildName(package, version);
    }

    /// <summary>Whether <paramref name="text"/> looks like <c>PACKAGE@VERSION</c> rather than a path or a program.</summary>
    public static bool IsBuildName(string text) => text.Contains('@', StringComparison.Ordinal) && !text.Contains('/', StringComparison.Ordinal);

    private static string Strip(string version) => version.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? version[(colon + 1)..] : version;

    [GeneratedRegex("^[a-z0-9][a-z0-9+.-]+$")]
    private static partial Regex PackagePattern();

    [GeneratedRegex("^([0-9]+:)?[0-9][A-Za-z0-9.+~-]*$")]
    private static partial Regex VersionPattern();
}
