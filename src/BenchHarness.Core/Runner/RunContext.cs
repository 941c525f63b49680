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
    public RunContext(RunSite site, ProjectLayout layout, Action<string> progress, IInputGenerators? generators = null)
        : this(site, layout, progress, generators, new ConcurrentDictionary<string, Lazy<string?>>())
    {
    }

    private RunContext(RunSite site, ProjectLayout layout, Action<string> progress, IInputGenerators? generators, ConcurrentDictionary<string, Lazy<string?>> made)
    {
        Site = site;
        Layout = layout;
        Progress = progress;
        Generators = generators;
        _made = made;
    }

    public RunSite Site { get; }

    public ProjectLayout Layout { get; }

    public Action<string> Progress { get; }

    public IInputGenerators? Generators { get; }

    /// <summary>The same run on another of its machines, sharing the inputs made so far.</summary>
    public RunContext On(RunSite site, Action<string> progress) => new(site, Layout, progress, Generators, _made);

    /// <summary>Makes something under <paramref name="key"/> once for the whole run, whichever machine asks first; the others wait for it.</summary>
    public string? Once(string key, Func<string?> make) => _made.GetOrAdd(key, _ => new Lazy<string?>(make)).Value;
}
