using System.Runtime.InteropServices;

namespace BenchHarness.Core.Platforms;

/// <summary>The host the harness runs on, in the words platforms use: <c>linux-x64</c>, <c>osx-arm64</c> …</summary>
public static class HostPlatform
{
    public static string Current { get; } = $"{Os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

    private static string Os => OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";

    /// <summary>Finds a program as a shell would: an absolute path, or the first match on PATH.</summary>
    public static string? FindProgram(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
