using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Runs one planned launch through its workload's kind (<see cref="WorkloadKinds"/>), journals how each attempt
/// ended, and retries a crashed or timed-out process up to the suite's <see cref="Suite.MaxAttempts"/>
/// (<see cref="CellStatuses.IsRetried"/>). A wrong answer, a wrong architecture or OS, and a crash or timeout after the
/// last attempt are recorded results, not aborts.
/// </summary>
/// <param name="inputs">The folder of each workload's inputs on this machine (<see cref="IWorkloadKind.PrepareInputs"/>).</param>
public sealed class LaunchRunner(RunContext run, JournalFile journal, IReadOnlyDictionary<string, string?> inputs)
{
    /// <param name="firstAttempt">1, or after an interrupted run the attempt after those already journaled.</param>
    /// <param name="earlierWarmNs">The cell's warm samples from its launches that already ended ok, launch by launch (for the precision target).</param>
    public async Task<LaunchResult> RunAsync(PlannedLaunch launch, Suite suite, int firstAttempt, IReadOnlyList<IReadOnlyList<long>> earlierWarmNs, CancellationToken cancellation)
    {
        var workload = suite.Workloads.First(w => w.Name == launch.Workload);
        var kind = run.KindOf(suite, launch.Workload);
        LaunchResult? result = null;
        for (var attempt = firstAttempt; attempt <= Math.Max(firstAttempt, suite.MaxAttempts); attempt++)
        {
            // Interrupted, or the connection to its host lost: the kind throws before any launch record, so a resume measures this launch again.
            var end = await kind.RunAttemptAsync(new Attempt(launch, workload, suite, attempt, inputs.GetValueOrDefault(launch.Workload), earlierWarmNs, journal, run), cancellation)
                .ConfigureAwait(false);
            journal.Append(end.Record);
            result = Result(end);
            if (!result.Status.IsRetried())
            {
                break;
            }
        }

        return result!;
    }

    private static LaunchResult Result(AttemptEnd end)
    {
        var record = end.Record;
        var warm = end.WarmNs.Order().ToList();
        return new LaunchResult(record.Status, record.Attempt, warm.Count, warm.Count > 0 ? warm[warm.Count / 2] : null, record.Error,
            record.Measure == Measure.Startup ? record.ReadyNs : null, end.WarmNs, end.TargetReached, record.LeftBehind ?? []);
    }

    /// <summary>The last non-blank line of a process's stderr: what it said last before it failed.</summary>
    internal static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();

    /// <summary>What a process killed by the timeout said last on its standard error, when it said anything: where it stopped.</summary>
    internal static string SaidLast(ProcessOutcome outcome) =>
        LastLine(outcome.StandardErrorTail) is { } last ? $"; it said last: {last}" : "";
}
