using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;

namespace BenchHarness.Cli.Verbs;

/// <summary>
/// What <c>run</c> will do, parsed and planned: the run folder, the suite, the platforms and the remote hosts. A new
/// run takes them from the command line; a resume (<see cref="Resuming"/>) from the folder's journal.
/// </summary>
/// <param name="Machines">How many machines run the platforms: this one (when it runs any) and each host.</param>
/// <param name="GateOnly">Only candidates and their references run (<c>--gate-only</c>), no baselines.</param>
internal sealed record RunRequest(string Directory, Suite Suite, IReadOnlyList<PlatformDefinition> Platforms, IReadOnlyList<HostDefinition> Hosts, int Machines, bool Resuming,
    bool GateOnly = false)
{
    /// <summary>The line a new run starts with: what runs where, and into which folder.</summary>
    public string Summary => $"suite {Suite.Name} ({Words.Of(Suite.Size)} inputs, {Counted.Of(Suite.Workloads.Count, "workload", "workloads")}) on {Counted.Of(Platforms.Count, "platform", "platforms")}"
        + (Hosts.Count > 0 ? $" of {Counted.Of(Machines, "machine", "machines")}" : "") + (GateOnly ? " (a gate only: candidates and their references, no baselines)" : "") + $" → {Directory}";

    /// <summary>Starts the run, or finishes the interrupted one; <paramref name="hosts"/> are recorded by a new run only.</summary>
    public Task RunAsync(BenchmarkRun run, IReadOnlyList<RemoteHostRecord> hosts, CancellationToken cancellation) =>
        Resuming ? run.ResumeAsync(Directory, cancellation) : run.StartAsync(Suite, Platforms, Directory, cancellation, hosts, GateOnly);
}
