using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// A kind of workload: the probe's (<see cref="ProbeKind"/>) or a whole program timed from outside
/// (<see cref="CommandKind"/>). The loader and the run ask a suite entry's kind (<see cref="WorkloadKinds"/>), never
/// its fields: a new kind is a class implementing this, its definition's section in the suite, and its line in
/// <see cref="WorkloadKinds.All"/>.
/// </summary>
public interface IWorkloadKind
{
    /// <summary>True when the suite entry is of this kind (the kinds are asked in the order of <see cref="WorkloadKinds.All"/>).</summary>
    bool Owns(SuiteWorkload workload);

    /// <summary>Says each problem of the entry's definition in one line; the suite is loaded only without any.</summary>
    void Validate(SuiteWorkload workload, KnownNames known, Action<string> problem);

    /// <summary>Why the platform cannot run the suite's workloads of this kind on this machine; null when it can. Asked before the platform's record is journaled.</summary>
    string? Unavailable(PlatformDefinition platform, Suite suite);

    /// <summary>Why workloads of this kind cannot run on a remote host; null when they can.</summary>
    string? NotOnRemoteHosts => null;

    /// <summary>Starts the platform once, unmeasured, before its first launch of this kind; why it cannot be measured, or null.</summary>
    Task<string?> WarmUpAsync(PlatformDefinition platform, Suite suite, RunContext run, CancellationToken cancellation) => Task.FromResult<string?>(null);

    /// <summary>The folder of the workload's inputs as the run's machine reads it, made if needed; null when it has none.</summary>
    string? PrepareInputs(SuiteWorkload workload, Suite suite, RunContext run);

    /// <summary>One attempt of one launch: journals its samples as they come and returns its launch record, which the runner journals.</summary>
    Task<AttemptEnd> RunAttemptAsync(Attempt attempt, CancellationToken cancellation);
}
