using System.Collections.Concurrent;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// What the workload kinds work with on one machine of a run: the machine (<see cref="RunSite"/>), where its progress
/// is said, this checkout's folders, the input generators, and the inputs the run has made, which its machines share.
/// </summary>
/// <param name="generators">What makes command workloads' inputs; needed only when the suite has commands.</param>
/// <param name="kinds">The kinds of workload the run knows: <see cref="WorkloadKinds.All"/> unless a test brings its own.</param>
public sealed class RunContext(RunSite site, ProjectLayout layout, Action<string> progress, IInputGenerators? generators = null, IReadOnlyList<IWorkloadKind>? kinds = null)
{
    private ConcurrentDictionary<string, Lazy<string?>> _made = new();

    public RunSite Site { get; } = site;

    public ProjectLayout Layout { get; } = layout;

    public Action<string> Progress { get; } = progress;

    public IInputGenerators? Generators { get; } = generators;

    public IReadOnlyList<IWorkloadKind> Kinds { get; } = kinds ?? WorkloadKinds.All;

    /// <summary>The kind of one of the suite's workloads.</summary>
    public IWorkloadKind KindOf(Suite suite, string workload) => WorkloadKinds.Of(suite.Workloads.First(w => w.Name == workload), Kinds);

    /// <summary>The same run on another of its machines, sharing the inputs made so far.</summary>
    public RunContext On(RunSite site, Action<string> progress) => new(site, Layout, progress, Generators, Kinds) { _made = _made };

    /// <summary>Makes something under <paramref name="key"/> once for the whole run, whichever machine asks first; the others wait for it.</summary>
    public string? Once(string key, Func<string?> make) => _made.GetOrAdd(key, _ => new Lazy<string?>(make)).Value;
}
