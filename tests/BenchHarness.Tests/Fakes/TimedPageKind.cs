using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;

namespace BenchHarness.Tests.Fakes;

/// <summary>
/// A kind of workload the harness does not ship, as a newcomer would add one (a page timed inside a browser, say):
/// it owns the entries named <c>page-…</c>, needs nothing prepared, and each attempt journals the times it is given.
/// </summary>
internal sealed class TimedPageKind(params long[] timesNs) : IWorkloadKind
{
    public List<string> Attempts { get; } = [];

    public bool Owns(SuiteWorkload workload) => workload.Name.StartsWith("page-", StringComparison.Ordinal);

    public void Validate(SuiteWorkload workload, KnownNames known, Action<string> problem)
    {
    }

    public string? Unavailable(PlatformDefinition platform, Suite suite) => platform.ExpectArch == "X64" ? null : "no browser for this platform";

    public string? PrepareInputs(SuiteWorkload workload, Suite suite, RunContext run) => null;

    public Task<AttemptEnd> RunAttemptAsync(Attempt attempt, CancellationToken cancellation)
    {
        Attempts.Add($"{attempt.Launch.Platform.Name} {attempt.Workload.Name} {attempt.Launch.Round}.{attempt.Number}");
        attempt.Sample(SampleKind.Cold, timesNs[0], "page");
        foreach (var ns in timesNs.Skip(1))
        {
            attempt.Sample(SampleKind.Warm, ns, "page");
        }

        var record = attempt.Ended(CellStatus.Ok, null, []) with { Measure = Measure.Iterations, WallNs = timesNs.Sum(), Runtime = "a browser" };
        return Task.FromResult(new AttemptEnd(record, timesNs.Skip(1).ToList(), TargetReached: false));
    }
}
