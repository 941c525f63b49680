using System.Collections.Concurrent;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// What the workload kinds work with on one machine of a run: the machine (<see cref="RunSite"/>), where its progress
/// is said, this checkout's folders, the input generators, and the inputs the run has made, which its machines share.
/// </summary>
public sealed class RunContext
{
    private readonly ConcurrentDictionary<string, Lazy<string?>> _made;

    /// <param name="generators">What makes command workloads' inputs; needed only when the suite has commands.</param>
    /// <param name="kinds">The kinds of workload the run knows: <see cref="WorkloadKinds.All"/> unless a test brings its own.</param>
    public RunContext(RunSite site, ProjectLayout layout, Action<string> progress, IInputGenerators? generators = null, IReadOnlyList<IWorkloadKind>? kinds = null)
        : this(site, layout, progress, generators, kinds ?? WorkloadKinds.All, new ConcurrentDictionary<string, Lazy<string?>>())
    {
    }

    private RunContext(RunSite site, ProjectLayout layout, Action<string> progress, IInputGenerators? generators, IReadOnlyList<IWorkloadKind> kinds,
        ConcurrentDictionary<string, Lazy<string?>> made)
    {
        Site = site;
        Layout = layout;
        Progress = progress;
        Generators = generators;
        Kinds = kinds;
        _made = made;
    }

    public RunSite Site { get; }

    public ProjectLayout Layout { get; }

    public Action<string> Progress { get; }

    public IInputGenerators? Generators { get; }

    public IReadOnlyList<IWorkloadKind> Kinds { get; }

    /// <summary>The kind of one of the suite's workloads.</summary>
    public IWorkloadKind KindOf(Suite suite, string workload) => WorkloadKinds.Of(suite.Workloads.First(w => w.Name == workload), Kinds);

    /// <summary>The same run on another of its machines, sharing the inputs made so far.</summary>
    public RunContext On(RunSite site, Action<string> progress) => new(site, Layout, progress, Generators, Kinds, _made);

    /// <summary>Makes something under <paramref name="key"/> once for the whole run, whichever machine asks first; the others wait for it.</summary>
    public string? Once(string key, Func<string?> make) => _made.GetOrAdd(key, _ => new Lazy<string?>(make)).Value;
}
