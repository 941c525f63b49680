using System.Globalization;
using System.Text.RegularExpressions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>Builds the argv and environment of a probe launch: <c>[launcher argv] probe run WORKLOAD options</c>.</summary>
public static partial class LaunchCommand
{
    public static ProcessSpec Run(PlatformDefinition platform, Suite suite, string workload, ProjectLayout layout) =>
        Spec(platform, suite, layout, line => IsMessage(line, "done") || IsMessage(line, "error"),
        [
            "run", workload,
            "--size", suite.Size,
            "--seed", suite.Seed.ToString(CultureInfo.InvariantCulture),
            "--warmup", suite.Warmup.ToString(CultureInfo.InvariantCulture),
            "--iterations", suite.Iterations.ToString(CultureInfo.InvariantCulture),
            "--max-seconds", suite.MaxSecondsPerLaunch.ToString(CultureInfo.InvariantCulture),
        ]);

    /// <summary>The probe's <c>hello</c>: starts it, reports what executed, and does nothing else.</summary>
    public static ProcessSpec Hello(PlatformDefinition platform, Suite suite, ProjectLayout layout) =>
        Spec(platform, suite, layout, line => IsMessage(line, "hello") || IsMessage(line, "error"), ["hello"]);

    /// <summary>The probe writes <c>type</c> first in every message.</summary>
    private static bool IsMessage(string line, string type) => line.StartsWith($"{{\"type\":\"{type}\"", StringComparison.Ordinal);

    private static ProcessSpec Spec(PlatformDefinition platform, Suite suite, ProjectLayout layout, Func<string, bool> isLastLine, IReadOnlyList<string> probeArgs)
    {
        var argv = platform.Launcher.Append(layout.ProbePath(platform.Target)).Concat(probeArgs).ToList();
        var environment = platform.Env.ToDictionary(e => e.Key, e => Expand(e.Value, layout));
        return new ProcessSpec(argv, environment, TimeSpan.FromSeconds(suite.TimeoutSeconds), isLastLine);
    }

    /// <summary>Replaces <c>${STATE}</c> with the state folder and <c>${NAME}</c> with the environment variable NAME.</summary>
    public static string Expand(string value, ProjectLayout layout) =>
        Variable().Replace(value, match => match.Groups[1].Value == "STATE"
            ? layout.StateDirectory
            : Environment.GetEnvironmentVariable(match.Groups[1].Value) ?? "");

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Variable();
}
