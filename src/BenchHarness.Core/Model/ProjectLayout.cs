namespace BenchHarness.Core.Model;

/// <summary>Where the shipped definitions, the built probes and the state folder are.</summary>
public sealed record ProjectLayout(string Root)
{
    public string PlatformsDirectory => Path.Combine(Root, "benchmarks", "platforms");

    public string SuitesDirectory => Path.Combine(Root, "benchmarks", "suites");

    public string ProgressDirectory => Path.Combine(Root, "benchmarks", "progress");

    public string ProbesDirectory => Path.Combine(Root, "build", "probes");

    /// <summary>Long-lived state such as Wine prefixes: <c>BENCHHARNESS_STATE</c> or <c>.state/</c> under the root.</summary>
    public string StateDirectory =>
        Environment.GetEnvironmentVariable("BENCHHARNESS_STATE") is { Length: > 0 } state ? state : Path.Combine(Root, ".state");

    /// <summary>The probe executable of a target, e.g. <c>build/probes/win-x64-jit/BenchHarness.Probe.exe</c>.</summary>
    public string ProbePath(ProbeTarget target) =>
        Path.Combine(ProbesDirectory, target.Name, target.Os == "win" ? "BenchHarness.Probe.exe" : "BenchHarness.Probe");

    /// <inheritdoc cref="ProbePath(ProbeTarget)"/>
    /// <exception cref="FormatException"><paramref name="target"/> is not a probe target's name.</exception>
    public string ProbePath(string target) => ProbePath(ProbeTarget.Parse(target));

    /// <summary><c>BENCHHARNESS_HOME</c>, else the nearest folder above the working directory or the program that holds BenchHarness.sln.</summary>
    public static ProjectLayout Discover()
    {
        if (Environment.GetEnvironmentVariable("BENCHHARNESS_HOME") is { Length: > 0 } home)
        {
            return IsCheckout(home) ? new ProjectLayout(home)
                : throw new BadInputException(BadInputKind.Setup, home, $"BENCHHARNESS_HOME is '{home}', which is not a BenchHarness checkout (no BenchHarness.sln and benchmarks/platforms there): point it at the checkout, or unset it.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsCheckout(dir.FullName))
                {
                    return new ProjectLayout(dir.FullName);
                }
            }
        }

        throw new BadInputException(BadInputKind.Setup, "Cannot find the BenchHarness folder: run from inside it or set BENCHHARNESS_HOME.");
    }

    private static bool IsCheckout(string directory) =>
        File.Exists(Path.Combine(directory, "BenchHarness.sln")) && Directory.Exists(Path.Combine(directory, "benchmarks", "platforms"));
}
