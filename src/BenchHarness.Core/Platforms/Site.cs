using BenchHarness.Core.Model;

namespace BenchHarness.Core.Platforms;

/// <summary>
/// The machine a platform's availability is decided for: this one (<see cref="Host"/> null), or a remote host, with
/// its runtime identifier and the probe target that serves it as a stopwatch.
/// </summary>
public sealed record Site(string? Host, string Runtime, ProbeTarget? Stopwatch = null)
{
    public static Site ThisMachine { get; } = new(null, HostPlatform.Current);
}
