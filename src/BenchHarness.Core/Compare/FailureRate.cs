using BenchHarness.Core.Analysis;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Compare;

/// <summary>
/// How often each side of a gate's pair failed (crashed, timed out or gave a wrong answer): processes that failed out of
/// processes started, over every workload both sides ran, retries included, and Fisher's exact test of the two rates
/// (<see cref="FisherExact"/>). A crash that comes and goes (the .NET JIT's activation signal under qemu-x86_64) is a
/// rate, not a verdict: a build that crashes as often as its reference is not broken by it, one that crashes more is.
/// </summary>
public sealed record FailureRate(string Platform, string Reference, int ReferenceFailed, int ReferenceStarted, int CandidateFailed, int CandidateStarted, double PValue)
{
    /// <summary>Each candidate of the run against its reference, over the workloads both ran (a cell that never started has no rate).</summary>
    public static IReadOnlyList<FailureRate> Of(RunResult run, IEnumerable<(string Platform, string Reference)> pairs) =>
        pairs.Select(pair =>
        {
            var both = run.Suite.Weights.Keys
                .Select(w => (Reference: run.Cell(pair.Reference, w), Candidate: run.Cell(pair.Platform, w)))
                .Where(c => c.Reference is { Attempts: > 0 } && c.Candidate is { Attempts: > 0 }).ToList();
            var (rf, rs) = (both.Sum(c => c.Reference!.Attempts - c.Reference.Launches), both.Sum(c => c.Reference!.Attempts));
            var (cf, cs) = (both.Sum(c => c.Candidate!.Attempts - c.Candidate.Launches), both.Sum(c => c.Candidate!.Attempts));
            return new FailureRate(pair.Platform, pair.Reference, rf, rs, cf, cs, FisherExact.TwoSided(cf, cs, rf, rs));
        }).ToList();
}
