using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Compare;

/// <summary>Builds a gate from stored results: candidates against their references in one run, or one run against another.</summary>
public static class GateBuilder
{
    /// <summary>
    /// Every candidate of the run (a platform with a reference) against its reference, workload by workload, paired
    /// round by round, launches matched by round number (<see cref="RatioEstimator"/>).
    /// A run without candidates is bad input. <paramref name="alpha"/> as in <see cref="Gate.Decide"/>.
    /// </summary>
    public static GateResult Paired(RunResult run, string directory, double threshold, double change, double alpha = Gate.Alpha)
    {
        var candidates = run.Platforms.Where(p => p.Reference is not null).ToList();
        if (candidates.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, directory, $"compare {directory}: the run has no candidate (a platform with a \"reference\", or a candidate build); to compare two runs, give both folders.");
        }

        var evidence = candidates.SelectMany(c => run.Suite.Weights.Keys.Select(w =>
            Evidence(c.Name, c.Reference!, w, run.Cell(c.Reference!, w), run.Cell(c.Name, w)))).ToList();
        return new GateResult
        {
            Mode = GateMode.Paired, Runs = [directory], Threshold = threshold, Change = change, Alpha = alpha, Rows = Gate.Decide(evidence, threshold, change, GateRule.Paired(run.Suite.Measure), alpha),
            Failures = FailureRate.Of(run, candidates.Select(c => (c.Name, c.Reference!))),
        };
    }

    /// <summary>
    /// Every platform of the reference run against the platform of the same name in the candidate run, the run as the unit
    /// (<see cref="BetweenRuns"/>): each run's figure is the platform's ratio to its in-run baseline, and the change between the
    /// runs is judged against the between-run variance of this machine, estimated from the A/A runs given. Without two A/A runs
    /// every timed row is undecided. A platform or workload of the reference run that the candidate run lacks, or that newly
    /// failed, is a regression. A baseline's own time is not gated: nothing in its run cancels the machine's state (five A/A runs
    /// here, 2026-12-02, put native's time 1.6–2.6× apart when the machine was busy, while its platforms' ratios held); only its
    /// failures are.
    /// </summary>
    public static GateResult Runs(RunResult reference, string referenceDirectory, RunResult candidate, string candidateDirectory, IReadOnlyList<RunResult> aa,
        double threshold, double change, IReadOnlyList<string> forced)
    {
        var workloads = reference.Suite.Weights.Keys.ToList();
        var evidence = new List<GateEvidence>();
        var variances = new Dictionary<string, BetweenRunVariance>(StringComparer.Ordinal);
        foreach (var platform in reference.Platforms.Where(p => p.Status == PlatformStatus.Available))
        {
            var statuses = workloads.Select(w => (Workload: w, Reference: reference.Cell(platform.Name, w)?.Status ?? CellStatus.Unavailable, Candidate: candidate.Cell(platform.Name, w)?.Status ?? CellStatus.Unavailable)).ToList();
            if (platform.Baseline is not { } baseline || baseline == platform.Name)
            {
                evidence.AddRange(statuses.Where(x => x.Reference == CellStatus.Ok && x.Candidate != CellStatus.Ok).Select(x => new GateEvidence(platform.Name, platform.Name, x.Workload, x.Reference, x.Candidate, null)));
                continue;
            }

            var between = aa.Count < 2 ? null : BetweenRuns.Estimate(workloads.Select(w => (IReadOnlyList<RunMeasure?>)aa.Select(run => Measure(run, platform.Name, baseline, w)).ToList()).ToList());
            if (between is not null)
            {
                variances[platform.Name] = between;
            }

            foreach (var (w, referenceStatus, candidateStatus) in statuses)
            {
                var (a, c) = (Measure(reference, platform.Name, baseline, w), Measure(candidate, platform.Name, baseline, w));
                var ratio = a is not null && c is not null && between is not null ? BetweenRuns.Change(a, c, between) : null;
                var undecidable = a is null || c is null ? NoFigure(a is null ? reference : candidate, a is null ? "reference" : "candidate", baseline, w)
                    : between is null ? (aa.Count < 2 ? $"runs differ by more than their launches show: judging a change between runs needs two or more A/A runs of this machine, and {Counted.Of(aa.Count, "was", "were")} given" : "the A/A runs have no figure for this platform")
                    : null;
                evidence.Add(new GateEvidence(platform.Name, baseline, w, referenceStatus, candidateStatus, ratio) { Undecidable = undecidable });
            }
        }

        return new GateResult
        {
            Mode = GateMode.Runs, Runs = [referenceDirectory, candidateDirectory], AaRuns = aa.Count, BetweenRuns = variances, Threshold = threshold, Change = change, Forced = forced,
            Rows = Gate.Decide(evidence, threshold, change, GateRule.Runs),
        };
    }

    private static string NoFigure(RunResult run, string which, string baseline, string workload) =>
        run.Cell(baseline, workload) is { Status: not CellStatus.Ok } baseCell
            ? $"its baseline {baseline} was {Words.Of(baseCell.Status)} in the {which} run"
            : $"fewer than two launches in the {which} run";

    /// <summary>A run's figure for a platform on a workload: its ratio to its baseline, paired round by round; null when a cell it needs is not ok.</summary>
    private static RunMeasure? Measure(RunResult run, string platform, string baseline, string workload)
    {
        if (run.Cell(platform, workload) is not { Status: CellStatus.Ok } cell)
        {
            return null;
        }

        return run.Cell(baseline, workload) is { Status: CellStatus.Ok } baseCell ? RunMeasure.Of(RatioEstimator.Ratio(cell.WarmByLaunch(), baseCell.WarmByLaunch(), cell.WarmRounds(), baseCell.WarmRounds())) : null;
    }

    private static GateEvidence Evidence(string platform, string reference, string workload, CellResult? referenceCell, CellResult? candidateCell)
    {
        var (referenceStatus, candidateStatus) = (referenceCell?.Status ?? CellStatus.Unavailable, candidateCell?.Status ?? CellStatus.Unavailable);
        var both = referenceStatus == CellStatus.Ok && candidateStatus == CellStatus.Ok;
        return new GateEvidence(platform, reference, workload, referenceStatus, candidateStatus,
            both ? RatioEstimator.Ratio(candidateCell!.WarmByLaunch(), referenceCell!.WarmByLaunch(), candidateCell.WarmRounds(), referenceCell.WarmRounds()) : null);
    }
}
