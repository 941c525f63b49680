namespace BenchHarness.Workloads.Catalog;

/// <summary>One office user action with fixed, generated inputs.</summary>
public interface IWorkload
{
    /// <summary>The name suites and reports use, e.g. <c>document-render</c>.</summary>
    string Name { get; }

    /// <summary>The family of office work: document, spreadsheet, file-io, start-up, text, picture.</summary>
    string Family { get; }

    /// <summary>What the user does, in their words.</summary>
    string Description { get; }

    /// <summary>
    /// True for start-up workloads: what counts is the time from process start to the probe's ready line,
    /// measured by the host over fresh processes, not the timed action.
    /// </summary>
    bool MeasuresStartUp => false;

    /// <summary>Generates the inputs (not timed) and returns the action, ready to be timed.</summary>
    IPreparedWorkload Prepare(WorkloadContext context);
}

/// <summary>A workload whose inputs exist; each <see cref="Run"/> is one timed iteration.</summary>
public interface IPreparedWorkload : IDisposable
{
    /// <summary>Performs the action once and returns the checksum of its canonical result.</summary>
    ulong Run();
}
