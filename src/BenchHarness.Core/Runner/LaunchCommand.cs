using System.Globalization;
using BenchHarness.Core.Model;
using BenchHarness.Protocol;

namespace BenchHarness.Core.Runner;

/// <summary>Builds the argv and environment of a probe launch: <c>[launcher argv] probe run WORKLOAD options</c>.</summary>
public static class LaunchCommand
{
    /// <param name="inputs">The folder of host-prepared inputs (<see cref="InputCache"/>), or null for the probe to generate them.</param>
    public static ProcessSpec Run(PlatformDefinition platform, Suite suite, string workload, ProjectLayout layout, string? inputs = null) =>
        Run(platform, suite, workload, ProbePlace.Of(layout), inputs);

    /// <param name="place">Where the probe builds and the state folder are: this machine's, or a remote host's.</param>
    public static ProcessSpec Run(PlatformDefinition platform, Suite suite, string workload, ProbePlace place, string? inputs = null) =>
        Spec(platform, suite, place, [ProbeProtocol.Message.Done, ProbeProtocol.Message.Error],
        [
            ProbeProtocol.Command.Run, workload,
            ProbeProtocol.Option.Size, suite.Size == InputSize.Small ? ProbeProtocol.Size.Small : ProbeProtocol.Size.Standard,
            ProbeProtocol.Option.Seed, suite.Seed.ToString(CultureInfo.InvariantCulture),
            ProbeProtocol.Option.Warmup, suite.Warmup.ToString(CultureInfo.InvariantCulture),
            ProbeProtocol.Option.Iterations, suite.Iterations.ToString(CultureInfo.InvariantCulture),
            ProbeProtocol.Option.MaxSeconds, suite.MaxSecondsPerLaunch.ToString(CultureInfo.InvariantCulture),
            .. inputs is null ? Array.Empty<string>() : [ProbeProtocol.Option.Inputs, inputs],
        ]);

    /// <summary>The probe's <c>hello</c>: starts it, reports what executed, and does nothing else.</summary>
    public static ProcessSpec Hello(PlatformDefinition platform, Suite suite, ProbePlace place) =>
        Spec(platform, suite, place, [ProbeProtocol.Message.Done, ProbeProtocol.Message.Error], [ProbeProtocol.Command.Hello]);

    private static ProcessSpec Spec(PlatformDefinition platform, Suite suite, ProbePlace place, IReadOnlyList<string> lastMessages, IReadOnlyList<string> probeArgs)
    {
        var argv = platform.Launcher.Append(place.ProbePath(platform.Target)).Concat(probeArgs).ToList();
        var environment = Environment(platform, place.StateDirectory);
        var lastPrefixes = lastMessages.Select(ProbeMessage.Prefix).ToArray();
        return new ProcessSpec(argv, environment, TimeSpan.FromSeconds(suite.TimeoutSeconds),
            line => Array.Exists(lastPrefixes, prefix => line.StartsWith(prefix, StringComparison.Ordinal)));
    }

    /// <summary>The platform's environment variables, their values expanded (<see cref="Expand"/>).</summary>
    public static Dictionary<string, string> Environment(PlatformDefinition platform, ProjectLayout layout) => Environment(platform, layout.StateDirectory);

    private static Dictionary<string, string> Environment(PlatformDefinition platform, string stateDirectory) =>
        platform.Env.ToDictionary(e => e.Key, e => Expand(e.Value, stateDirectory, platform.Remote is null));

    /// <summary>Replaces <c>${STATE}</c> with the state folder and <c>${NAME}</c> with the environment variable NAME (<see cref="Placeholders"/>).</summary>
    public static string Expand(string value, ProjectLayout layout) => Expand(value, layout.StateDirectory, environment: true);

    /// <param name="environment">False for a remote host's platform: this machine's environment variables mean nothing there, and are left as they are.</param>
    private static string Expand(string value, string stateDirectory, bool environment) =>
        Placeholders.Expand(value, name => name == "STATE" ? stateDirectory
            : environment ? System.Environment.GetEnvironmentVariable(name) ?? ""
            : null);
}

/// <summary>Where a launch finds its probe builds and its state folder: this machine's checkout, or a remote host's folder.</summary>
public sealed record ProbePlace(Func<string, string> ProbePath, string StateDirectory)
{
    public static ProbePlace Of(ProjectLayout layout) => new(layout.ProbePath, layout.StateDirectory);
}
