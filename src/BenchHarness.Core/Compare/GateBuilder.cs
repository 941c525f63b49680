using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Compare;

/// <summary>Builds a gate from stored results: candidates against their references in one run, or one run against another.</summary>
public static class GateBuilder
{
    /// <summary>
    /// Every candidate of the run (a platform with a reference) against its reference, workload by workload, paired
    /// round by round (<see cref="RatioEstimator.Ratio(IReadOnlyList{IReadOnlyList{double}}, IReadOnlyList{IReadOnlyList{double}})"/>).
    /// A run without candidates is bad input.
    /// </summary>
    public static GateResult Paired(RunResult run, string directory, double threshold)
    {
        var candidates = run.Platforms.Where(p => p.Reference is not null).ToList();
        if (candidates.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, directory, $"compare {directory}: the run has no candidate (a platform with a \"reference\", or a candidate build); to compare two runs, give both folders.");
        }

        var evidence = candidates.SelectMany(c => run.Suite.Weights.Keys.Select(w =>
            Evidence(c.Name, c.Reference!, w, run.Cell(c.Reference!, w), run.Cell(c.Name, w), RatioEstimator.Ratio))).ToList();
        return new GateResult { Mode = GateMode.Paired, Runs = [directory], Threshold = threshold, Rows = Gate.Decide(evidence, threshold) };
    }

    /// <summary>
    /// Every platform of the reference run against the platform of the same name in the candidate run, launches as the
    /// unit (<see cref="RatioEstimator.Unpaired"/>): nothing pairs the processes of two runs made at different times.
    /// A platform or workload of the reference run that the candidate run lacks is missing, a regression.
    /// </summary>
    public static GateResult Runs(RunResult reference, string referenceDirectory, RunResult candidate, string candidateDirectory, double threshold, IReadOnlyList<string> forced)
    {
        var platforms = reference.Platforms.Where(p => p.Status == PlatformStatus.Available).Select(p => p.Name).ToList();
        var evidence = platforms.SelectMany(p => reference.Suite.Weights.Keys.Select(w =>
            Evidence(p, p, w, reference.Cell(p, w), candidate.Cell(p, w), RatioEstimator.Unpaired))).ToList();
        return new GateResult
        {
            Mode = GateMode.Runs, Runs = [referenceDirectory, candidateDirectory], Threshold = threshold, Forced = forced, Rows = Gate.Decide(evidence, threshold),
        };
    }

    private static GateEvidence Evidence(string platform, string reference, string workload, CellResult? referenceCell, CellResult? candidateCell,
        Func<IReadOnlyList<IReadOnlyList<double>>, IReadOnlyList<IReadOnlyList<double>>, RatioEstimate> ratio)
    {
        var (referenceStatus, candidateStatus) = (referenceCell?.Status ?? CellStatus.Unavailable, candidateCell?.Status ?? CellStatus.Unavailable);
        var both = referenceStatus == CellStatus.Ok && candidateStatus == CellStatus.Ok;
        return new GateEvidence(platform, reference, workload, referenceStatus, candidateStatus,
            both ? ratio(candidateCell!.WarmByLaunch(), referenceCell!.WarmByLaunch()) : null);
    }
}
