using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;

namespace BenchHarness.Core.Runner;

/// <summary>
/// One machine of a run, this one or a remote host: how its processes start, where its probes are, how its platforms
/// are checked, and where it reads the inputs this machine prepared. Different machines share no CPU and run at once.
/// </summary>
/// <param name="Host">The remote host's name, or null for this machine.</param>
/// <param name="Inputs">The machine's copy of a folder of inputs prepared here (this machine's: the folder itself).</param>
/// <param name="Unreachable">Why the remote host could not be reached, when it could not: its platforms are then unavailable.</param>
public sealed record RunSite(string? Host, IProcessLauncher Launcher, ProbePlace Place, Func<PlatformDefinition, PlatformAvailability> Check,
    Func<string, string> Inputs, string? Unreachable = null)
{
    public static RunSite Local(IProcessLauncher launcher, ProjectLayout layout, Func<PlatformDefinition, PlatformAvailability> check) =>
        new(null, launcher, ProbePlace.Of(layout), check, folder => folder);

    public static RunSite Lost(string host, string reason) =>
        new(host, new UnreachableLauncher(), new ProbePlace(_ => "", ""), _ => new PlatformAvailability(false, reason, null), _ => "", reason);

    /// <summary>The launcher of a host that cannot be reached: nothing is ever started through it.</summary>
    private sealed class UnreachableLauncher : IProcessLauncher
    {
        public Task<ProcessOutcome> RunAsync(ProcessSpec spec, Func<string, long, bool> onLine, CancellationToken cancellation) =>
            throw new InvalidOperationException("a launch was planned on a host that cannot be reached");
    }
}
