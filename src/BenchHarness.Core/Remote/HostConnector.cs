using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;

namespace BenchHarness.Core.Remote;

/// <summary>
/// Connects a run's remote hosts before anything is measured: authentication failures and unknown host keys stop the
/// run as bad input; a host that cannot be reached is recorded with its reason and its platforms are unavailable.
/// </summary>
public static class HostConnector
{
    /// <param name="sweepToken">The run's process mark: each host's ssh processes get one of their own, so that ending one machine's leftovers never ends another machine's connection.</param>
    /// <param name="describe">Read each host's disclosure for the run record: a new run does, a resume (whose journal has it) does not.</param>
    public static (IReadOnlyList<RemoteHostRecord> Records, Func<string, RunSite> Sites) Connect(IReadOnlyList<HostDefinition> hosts, ProjectLayout layout,
        IReadOnlyList<PlatformDefinition> platforms, Suite suite, string sweepToken, Action<string> progress, ICollection<IDisposable> owned, bool describe = true)
    {
        var records = new List<RemoteHostRecord>();
        var sites = new Dictionary<string, RunSite>(StringComparer.Ordinal);
        foreach (var definition in hosts)
        {
            progress($"host {definition.Name}: connecting to {definition.Ssh} …");
            var (host, unreachable) = RemoteHost.Connect(definition, layout);
            if (host is null)
            {
                progress(unreachable!);
                records.Add(new RemoteHostRecord { Definition = definition, Unreachable = unreachable });
                sites[definition.Name] = RunSite.Lost(definition.Name, unreachable!);
                continue;
            }

            var machine = describe ? host.ReadMachine(platforms.Where(p => p.Remote == definition.Name).Select(p => p.Target).Append(host.StopwatchTarget)) : null;
            progress($"host {definition.Name}: {host.Runtime}" + (machine is null ? "" : $", {machine.CpuModel}, {machine.Cores} cores, {machine.Os}") + $"; folder {host.Directory}");
            records.Add(new RemoteHostRecord { Definition = definition, Runtime = host.Runtime, Machine = machine });
            sites[definition.Name] = Site(host, layout, suite, sweepToken, progress, owned);
        }

        return (records, name => sites.TryGetValue(name, out var site) ? site : RunSite.Lost(name, $"host {name} is not in this run's host files"));
    }

    private static RunSite Site(RemoteHost host, ProjectLayout layout, Suite suite, string sweepToken, Action<string> progress, ICollection<IDisposable> owned)
    {
        string stopwatch;
        try
        {
            stopwatch = File.Exists(layout.ProbePath(host.StopwatchTarget)) ? host.Stopwatch(progress) : "";
        }
        catch (HostLostException lost)
        {
            return RunSite.Lost(host.Name, lost.Message);
        }

        var local = new SystemProcessLauncher(new ProcessSweep($"{sweepToken}-{host.Name}"));
        owned.Add(local);
        return new RunSite(host.Name, new RemoteLauncher(host.Definition, stopwatch, local), host.Place(progress),
            platform => suite.Workloads.Select(w => WorkloadKinds.Of(w).NotOnRemoteHosts).FirstOrDefault(why => why is not null) is { } why
                ? new PlatformAvailability(false, why, null)
                : host.Check(platform),
            folder => host.Store(folder, "inputs", progress));
    }
}
