using BenchHarness.Core.Model;

namespace BenchHarness.Core.Platforms;

/// <summary>
/// Decides whether a platform can run: the <see cref="Requirements"/> it has on a machine (host, launcher, required
/// files, built target), checked here for this machine (<see cref="Check"/>) or by a remote host's shell, and the
/// emulator's version.
/// </summary>
public sealed class PlatformChecker(ProjectLayout layout)
{
    /// <param name="needsProbe">False for a suite of commands only: the probe target need not be built.</param>
    public PlatformAvailability Check(PlatformDefinition platform, bool needsProbe = true) =>
        PlatformAvailability.Of(Requirements(platform, Site.ThisMachine, needsProbe).Select(r => r.Check(Site.ThisMachine)));

    /// <summary>What the platform needs on <paramref name="site"/>, in the order they are checked: the first one missing is the reason given.</summary>
    public IReadOnlyList<Requirement> Requirements(PlatformDefinition platform, Site site, bool needsProbe = true)
    {
        var install = Install(platform);
        var requirements = new List<Requirement> { new RuntimeIs(platform.Host) };
        if (platform.Launcher.Count > 0)
        {
            requirements.Add(new CommandExists(platform.Launcher[0], install));
        }

        requirements.AddRange(platform.Requires.Select(file => new FileExists(file, install)));
        if (needsProbe)
        {
            requirements.Add(new ProbeBuilt(platform.Target, layout.ProbePath(platform.Target)));
        }

        if (site.Stopwatch is { } stopwatch)
        {
            requirements.Add(new ProbeBuilt(stopwatch, layout.ProbePath(stopwatch), Stopwatch: true));
        }

        if (platform.Version.Count > 0)
        {
            requirements.Add(new VersionOf(platform.Version));
        }

        return requirements;
    }

    private static string Install(PlatformDefinition platform) =>
        platform.Packages.Count > 0 ? $" (install: apt-get install {string.Join(' ', platform.Packages)}, or run ./scripts/setup.sh)" : "";
}
