namespace BenchHarness.Core.Model;

/// <summary>The outcome of a cell or of one launch, written in result.json and the journal as its camel-case name.</summary>
public enum CellStatus
{
    /// <summary>Measured: the probe said done, exit code 0, on the expected architecture and OS, checksums agree.</summary>
    Ok,

    /// <summary>A non-zero exit, no <c>done</c>, or a process that could not start, after the suite's attempts.</summary>
    Crashed,

    /// <summary>Killed, with its whole process tree, when the suite's time limit ran out, after the suite's attempts.</summary>
    Timeout,

    /// <summary>A checksum that differs from the baseline's, or a probe that ran on another architecture or OS.</summary>
    Incorrect,

    /// <summary>Not measured: the platform is unavailable here, or the run was interrupted before this cell.</summary>
    Unavailable,
}

public static class CellStatuses
{
    /// <summary>
    /// Whether an attempt that ended so is tried again while the suite's attempts last: a crash or a hang that comes and
    /// goes (the .NET JIT's activation signal under qemu-x86_64, a Wine launch under QEMU that stops) is a rate, seen in
    /// the attempts and the failure rate, not the cell's end; a wrong answer is not retried.
    /// </summary>
    public static bool IsRetried(this CellStatus status) => status is CellStatus.Crashed or CellStatus.Timeout;
}
