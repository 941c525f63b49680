namespace BenchHarness.Core.Model;

/// <summary>What a workload's samples are.</summary>
public enum Measure
{
    /// <summary>Iterations timed by the probe inside its process.</summary>
    Iterations,

    /// <summary>Process start to the probe's ready line, timed by the host: one sample per fresh process.</summary>
    Startup,
}
