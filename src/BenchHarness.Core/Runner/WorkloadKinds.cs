using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>The kinds of workload the harness runs; a suite entry is of the first kind that owns it.</summary>
public static class WorkloadKinds
{
    /// <summary>Every kind, the probe's last: an entry no other kind owns names a probe workload.</summary>
    public static readonly IReadOnlyList<IWorkloadKind> All = [new CommandKind(), new ProbeKind()];

    /// <param name="kinds">The kinds to choose from; <see cref="All"/> unless a test brings its own.</param>
    public static IWorkloadKind Of(SuiteWorkload workload, IReadOnlyList<IWorkloadKind>? kinds = null) => (kinds ?? All).First(kind => kind.Owns(workload));

    /// <summary>Whether any entry of the suite runs the probe, so that a platform needs its probe target built.</summary>
    public static bool NeedProbe(Suite suite, IReadOnlyList<IWorkloadKind>? kinds = null) => suite.Workloads.Any(w => Of(w, kinds) is ProbeKind);

    /// <summary>The rules of each entry's kind, for <see cref="Definitions.SuiteLoader.Load"/>.</summary>
    public static void Validate(SuiteWorkload workload, KnownNames known, Action<string> problem) => Of(workload).Validate(workload, known, problem);
}
