using System.Diagnostics;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Platforms;

/// <summary>Checks a platform's host, launcher, required files and built target, and reads the emulator's version.</summary>
public sealed class PlatformChecker(ProjectLayout layout)
{
    /// <param name="needsProbe">False for a suite of commands only: the probe target need not be built.</param>
    public PlatformAvailability Check(PlatformDefinition platform, bool needsProbe = true)
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
        if (needsProbe && !File.Exists(probe))
        {
            return Unavailable($"target {platform.Target} not built (run ./scripts/build-probes.sh {platform.Target})");
        }

        return new PlatformAvailability(true, null, ReadVersion(platform));
    }

    /// <summary>Why the platform cannot run the suite's commands (no program for its runtime, or the program is not installed); null when it can.</summary>
    public static string? CommandProblem(PlatformDefinition platform, Suite suite)
    {
        foreach (var workload in suite.Workloads.Where(w => w.Command is not null))
        {
            var command = workload.Command!;
            if (Runner.CommandAttempt.ProgramFor(platform, command) is not { } program)
            {
                return $"the command {workload.Name} has no program for {Runner.CommandAttempt.Runtime(platform)} (it has: {string.Join(", ", command.Program.Keys)})";
            }

            if (!File.Exists(program))
            {
                return $"{program} is missing (the command {workload.Name}; install: "
                    + (command.Packages.Count > 0 ? $"apt-get install {string.Join(' ', command.Packages)}, or run ./scripts/setup.sh)" : "see the suite's description)");
            }
        }

        return null;
    }

    private static PlatformAvailability Unavailable(string reason) => new(false, reason, null);

    private static string Install(PlatformDefinition platform) =>
        platform.Packages.Count > 0 ? $" (install: apt-get install {string.Join(' ', platform.Packages)}, or run ./scripts/setup.sh)" : "";

    /// <summary>The first line the version command prints, or null when it has none or it fails.</summary>
    public static string? ReadVersion(PlatformDefinition platform) => CommandOutput.FirstLine(platform.Version);
}
