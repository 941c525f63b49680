using System.Diagnostics;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Platforms;

/// <summary>Checks a platform's host, launcher, required files and built target, and reads the emulator's version.</summary>
public sealed class PlatformChecker(ProjectLayout layout)
{
    public PlatformAvailability Check(PlatformDefinition platform)
    {
        if (platform.Host != HostPlatform.Current)
        {
            return Unavailable($"a template for {platform.Host} hosts; this host is {HostPlatform.Current}");
        }

        if (platform.Launcher.Count > 0 && HostPlatform.FindProgram(platform.Launcher[0]) is null)
        {
            return Unavailable($"{platform.Launcher[0]} not found{Install(platform)}");
        }

        foreach (var file in platform.Requires)
        {
            if (!File.Exists(file) && !Directory.Exists(file))
            {
                return Unavailable($"{file} is missing{Install(platform)}");
            }
        }

        var probe = layout.ProbePath(platform.Target);
        if (!File.Exists(probe))
        {
            return Unavailable($"target {platform.Target} not built (run ./scripts/build-probes.sh {platform.Target})");
        }

        return new PlatformAvailability(true, null, ReadVersion(platform));
    }

    private static PlatformAvailability Unavailable(string reason) => new(false, reason, null);

    private static string Install(PlatformDefinition platform) =>
        platform.Packages.Count > 0 ? $" (install: apt-get install {string.Join(' ', platform.Packages)}, or run ./scripts/setup.sh)" : "";

    /// <summary>The first line the version command prints, or null when it has none or it fails.</summary>
    public static string? ReadVersion(PlatformDefinition platform) => CommandOutput.FirstLine(platform.Version);
}
