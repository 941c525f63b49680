namespace BenchHarness.Core.Model;

/// <summary>What an index's interval covers.</summary>
public enum IntervalScope
{
    /// <summary>Differences between fresh processes (and rounds of the machine) as well as within them: two or more rounds.</summary>
    BetweenProcesses,

    /// <summary>The noise within each process only: one round, so how much the next process differs is not seen.</summary>
    WithinProcess,

    /// <summary>No interval: too few samples.</summary>
    None,
}
