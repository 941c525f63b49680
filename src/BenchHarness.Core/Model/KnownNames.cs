namespace BenchHarness.Core.Model;

/// <summary>What a suite's workloads may name: the probe's workloads and the input generators.</summary>
public sealed record KnownNames(IReadOnlyCollection<string> Workloads, IReadOnlyCollection<string> Generators);

/// <summary>Says each problem of one suite entry's definition, in one line (each kind of workload has its rules).</summary>
public delegate void WorkloadRules(SuiteWorkload workload, KnownNames known, Action<string> problem);
