namespace BenchHarness.Core.Runner;

/// <summary>
/// Starts one process without a shell and streams its stdout lines. The seam between the runner and the
/// operating system: unit tests use a canned launcher, the harness uses <see cref="SystemProcessLauncher"/>.
/// </summary>
public interface IProcessLauncher
{
    /// <param name="spec">What to start.</param>
    /// <param name="onLine">
    /// Called for every stdout line with the nanoseconds since the process was started; returns true to ask the
    /// process to finish early (the launcher writes the line <c>stop</c> to its stdin, once).
    /// </param>
    /// <param name="cancellation">Cancels the run; the process tree is killed.</param>
    Task<ProcessOutcome> RunAsync(ProcessSpec spec, Func<string, long, bool> onLine, CancellationToken cancellation);

    /// <summary>
    /// A launcher beside this one for a lane of launches that runs at the same time (a counting run's, see
    /// <see cref="InstructionCount.Lanes"/>), whose leftovers its own sweep ends so that the lanes do not end each other's
    /// processes; null when this launcher cannot run launches side by side (a remote host, a test's canned launcher).
    /// </summary>
    IProcessLauncher? Lane(int number) => null;
}

/// <summary>The argv of one process (program first), its extra environment and its wall-time limit.</summary>
/// <param name="IsLastLine">
/// Recognises the process's last stdout line. Once the process has exited and this line has been read, the
/// launch is over even if a process it left behind still holds the pipes (Wine's wineserver inherits them and
/// lingers for seconds); without it, the launcher waits for the pipes to close.
/// </param>
/// <param name="Answer">
/// Answers a stdout line with a line on the process's stdin, given the process id, or null for none: a probe standing
/// still in a pause (<see cref="InstructionCount"/>) goes on when answered. Called in order, before the next line is read.
/// </param>
public sealed record ProcessSpec(IReadOnlyList<string> Argv, IReadOnlyDictionary<string, string> Environment, TimeSpan Timeout, Func<string, bool>? IsLastLine = null,
    Func<string, int, string?>? Answer = null);

/// <summary>How a process ended: its exit code (null when killed or not started), whether it timed out, the tail of stderr.</summary>
public sealed record ProcessOutcome(int? ExitCode, bool TimedOut, string StandardErrorTail, long WallNs, string? StartError = null)
{
    /// <summary>The names of the processes it started that were still running when it ended, and were then ended.</summary>
    public IReadOnlyList<string> LeftBehind { get; init; } = [];

    /// <summary>The process ran on a remote host and the connection to it was lost: nothing can be said of the launch itself.</summary>
    public bool ConnectionLost { get; init; }
}
