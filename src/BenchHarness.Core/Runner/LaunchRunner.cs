using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Runs one planned launch: starts the probe, journals every sample as it arrives, and retries a crashed
/// process up to the suite's <see cref="Suite.MaxAttempts"/>. A timeout, a wrong architecture or OS, and a
/// crash after the last attempt are recorded results, not aborts.
/// </summary>
/// <param name="commandInputs">The folder of each command workload's inputs (<see cref="CommandInputs"/>).</param>
/// <param name="progress">Where a command launch says each invocation as it ends (they can take minutes under an emulator).</param>
/// <param name="place">Where the probes are: this machine's checkout by default, or a remote host's folder.</param>
public sealed class LaunchRunner(IProcessLauncher launcher, ProjectLayout layout, JournalFile journal, string? inputs = null, IReadOnlyDictionary<string, string>? commandInputs = null,
    Action<string>? progress = null, ProbePlace? place = null)
{
    /// <param name="firstAttempt">1, or after an interrupted run the attempt after those already journaled.</param>
    /// <param name="earlierWarmNs">The cell's warm samples from its launches that already ended ok, launch by launch (for the precision target).</param>
    public async Task<LaunchResult> RunAsync(PlannedLaunch launch, Suite suite, int firstAttempt, IReadOnlyList<IReadOnlyList<long>> earlierWarmNs, CancellationToken cancellation)
    {
        LaunchResult? result = null;
        for (var attempt = firstAttempt; attempt <= Math.Max(firstAttempt, suite.MaxAttempts); attempt++)
        {
            result = await AttemptAsync(launch, suite, attempt, earlierWarmNs, cancellation).ConfigureAwait(false);
            if (result.Status != CellStatus.Crashed)
            {
                break;
            }
        }

        return result!;
    }

    private async Task<LaunchResult> AttemptAsync(PlannedLaunch launch, Suite suite, int attempt, IReadOnlyList<IReadOnlyList<long>> earlierWarmNs, CancellationToken cancellation)
    {
        if (suite.Workloads.FirstOrDefault(w => w.Name == launch.Workload)?.Command is { } command)
        {
            var folder = commandInputs?.GetValueOrDefault(launch.Workload) ?? throw new InvalidOperationException($"the inputs of {launch.Workload} were not prepared");
            return await new CommandAttempt(launcher, layout, journal, progress).RunAsync(launch, suite, command, folder, attempt, earlierWarmNs, cancellation).ConfigureAwait(false);
        }

        var spec = LaunchCommand.Run(launch.Platform, suite, launch.Workload, place ?? ProbePlace.Of(layout), inputs);
        var session = new ProbeSession();
        var precision = new PrecisionTarget(suite.TargetRelativeHalfWidth, earlierWarmNs);
        var outcome = await launcher.RunAsync(spec, (line, elapsedNs) =>
        {
            if (session.Accept(line, elapsedNs) is not { } sample)
            {
                return false;
            }

            journal.Append(new SampleRecord
            {
                Platform = launch.Platform.Name, Host = launch.Platform.Remote, Workload = launch.Workload, Round = launch.Round, Attempt = attempt,
                Kind = sample.Kind, Ns = sample.Ns, Checksum = sample.Checksum,
            });
            return sample.Kind == SampleKind.Warm && session.Measure == Measure.Iterations && precision.Add(sample.Ns);
        }, cancellation).ConfigureAwait(false);

        // Interrupted (Ctrl-C reaches the probe too), or the connection to its host lost: no launch record, so a resume measures this launch again.
        cancellation.ThrowIfCancellationRequested();
        if (outcome.ConnectionLost)
        {
            throw new HostLostException(launch.Platform.Remote ?? "(this machine)", outcome.StartError ?? "");
        }

        var (status, error) = Judge(launch.Platform, outcome, session);
        journal.Append(new LaunchRecord
        {
            Platform = launch.Platform.Name,
            Host = launch.Platform.Remote,
            Workload = launch.Workload,
            Round = launch.Round,
            Attempt = attempt,
            Time = DateTimeOffset.UtcNow,
            Status = status,
            ExitCode = outcome.ExitCode,
            StartupNs = session.StartupNs,
            ReadyNs = session.ReadyNs,
            Measure = session.Measure,
            WallNs = outcome.WallNs,
            Arch = session.Arch,
            Os = session.Os,
            Runtime = session.Runtime,
            Error = error,
            LeftBehind = outcome.LeftBehind.Count > 0 ? outcome.LeftBehind : null,
        });
        var warm = session.WarmNs.Order().ToList();
        return new LaunchResult(status, attempt, warm.Count, warm.Count > 0 ? warm[warm.Count / 2] : null, error, session.Measure == Measure.Startup ? session.ReadyNs : null,
            session.WarmNs, precision.Reached, outcome.LeftBehind);
    }

    /// <summary>ok only when the process exited 0 after the probe said hello and done, on the expected architecture and OS.</summary>
    internal static (CellStatus Status, string? Error) Judge(PlatformDefinition platform, ProcessOutcome outcome, ProbeSession session)
    {
        if (outcome.TimedOut)
        {
            return (CellStatus.Timeout, $"killed by the timeout {session.Describe()}");
        }

        if (outcome.StartError is { } startError)
        {
            return (CellStatus.Crashed, startError);
        }

        // A done without a hello is not the probe speaking: lines cut short or rewritten on the way.
        if (outcome.ExitCode != 0 || !session.Done || session.Error is not null || session.StartupNs is null)
        {
            var why = session.Error
                ?? (session.Done && session.StartupNs is null ? "it said done but never hello: its output is not the probe's protocol" : null)
                ?? LastLine(outcome.StandardErrorTail) ?? "no error message";
            return (CellStatus.Crashed, $"exit code {outcome.ExitCode?.ToString() ?? "none"} {session.Describe()}: {why}");
        }

        if (platform.ExpectArch is { } arch && session.Arch != arch)
        {
            return (CellStatus.Incorrect, $"the probe ran as {session.Arch}, expected {arch}");
        }

        if (platform.ExpectOs is { } os && session.Os != os)
        {
            return (CellStatus.Incorrect, $"the probe ran on {session.Os}, expected {os}");
        }

        return (CellStatus.Ok, null);
    }

    /// <summary>The last non-blank line of a process's stderr: what it said last before it failed.</summary>
    internal static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
