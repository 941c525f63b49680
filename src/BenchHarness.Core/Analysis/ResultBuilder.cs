using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// The analysis stage: journal records in, <see cref="RunResult"/> out. It never launches a process.
/// Cells first, then checksums against each baseline (a mismatch makes the cell incorrect and it gives no
/// ratio), then the comparisons (ratio, the sign-flip p-value of its rounds), decided together over the whole run, and the
/// warm and start-up indices of every platform that has a baseline in the run — each also over the workloads
/// common to every indexed platform — with the office-day slowdown in years of hardware progress.
/// </summary>
public static class ResultBuilder
{
    public static RunResult Build(RunJournal journal, ProgressTable? progress = null)
    {
        var run = journal.Run;
        var suite = run.Suite;
        var platforms = run.Platforms;
        var platformRecords = journal.Platforms.GroupBy(r => r.Platform).ToDictionary(g => g.Key, g => g.Last());
        var launches = journal.Launches.ToLookup(r => r.Cell);
        var samples = journal.Samples.ToLookup(r => r.Cell);
        var notes = new List<string>();
        var machines = run.AllMachines();
        var machineOf = machines.SelectMany(m => m.Platforms.Select(p => (Platform: p, Machine: m.Name))).GroupBy(x => x.Platform).ToDictionary(g => g.Key, g => g.First().Machine);

        var cells = platforms.SelectMany(p => suite.Workloads.Select(w => new CellKey(p.Name, w.Name)))
            .Select(key => CellBuilder.Build(key, launches[key].ToList(), samples[key].ToList(), platformRecords.GetValueOrDefault(key.Platform), suite.TargetRelativeHalfWidth, suite.Measure)
                with { ColdMeans = suite.Workloads.First(w => w.Name == key.Workload).Command?.Cold, Machine = machineOf.GetValueOrDefault(key.Platform), Measure = suite.Measure })
            .ToList();
        cells = cells.Select(c => CheckAgainstBaseline(c, cells, platforms)).ToList();
        notes.AddRange(cells.Where(c => c.Status == CellStatus.Ok && c.Warm is { Multimodal: true })
            .Select(c => $"{c.Platform} · {c.Workload}: the warm timings have {c.Warm!.Modes} modes (Lowland detector); a median hides that, see the samples."));

        var gateOnly = run.GateOnly == true;
        if (gateOnly)
        {
            notes.Add("A gate only: the run measured the candidates and their references, not the baselines they are compared with beside them, "
                + "so it has no ratio or index against a baseline; its checksums are checked against the references.");
        }

        var measured = new List<Measured>();
        var indexed = new List<IndexedPlatform>();
        // Every platform against its baseline, and a candidate build also against its reference.
        foreach (var (platform, against) in platforms.SelectMany(p => p.ComparedWith().Select(a => (Platform: p, Against: a))))
        {
            if (platforms.All(p => p.Name != against))
            {
                if (gateOnly && against == platform.Baseline)
                {
                    continue;
                }

                notes.Add($"{platform.Name}: {(against == platform.Reference ? "its reference" : against == platform.Baseline ? "its baseline" : "the platform it is also compared with")} {against} was not in this run, so it has no ratios against it.");
                continue;
            }

            var warmParts = new List<(string Workload, IndexPart Part)>();
            var coldParts = new List<IndexPart>();
            foreach (var workload in suite.Workloads)
            {
                var cell = cells.Single(c => c.Platform == platform.Name && c.Workload == workload.Name);
                var baseline = cells.Single(c => c.Platform == against && c.Workload == workload.Name);
                if (cell.Status != CellStatus.Ok || baseline.Status != CellStatus.Ok)
                {
                    continue;
                }

                var (platformLaunches, baselineLaunches) = (cell.WarmByLaunch(), baseline.WarmByLaunch());
                var part = new IndexPart(platformLaunches, baselineLaunches, workload.Weight, cell.WarmRounds(), baseline.WarmRounds());
                measured.Add(new Measured(platform.Name, against, workload.Name, ComparisonEvidence.Of(part.Ratio),
                    cell.ColdMedianNs / baseline.ColdMedianNs, cell.StartupMedianNs / baseline.StartupMedianNs));
                warmParts.Add((workload.Name, part));
                if (cell.ColdNs.Count > 0 && baseline.ColdNs.Count > 0)
                {
                    // Cold samples are one per process already: each is its own launch, paired by round.
                    coldParts.Add(new IndexPart(cell.ColdByLaunch(), baseline.ColdByLaunch(), workload.Weight, cell.ColdRounds(), baseline.ColdRounds()));
                }
            }

            if (warmParts.Count > 0)
            {
                var failed = cells.Count(c => c.Platform == platform.Name && c.Status is CellStatus.Crashed or CellStatus.Timeout or CellStatus.Incorrect);
                indexed.Add(new IndexedPlatform(platform.Name, against, against == platform.Reference || platform.AlsoComparedWith.Contains(against), warmParts, coldParts.Count == warmParts.Count ? coldParts : null, failed));
            }
        }

        var decisions = ComparisonVerdict.DecideRun(measured.Select(m => m.Evidence).ToList(), suite.EquivalenceMargin);
        var comparisons = measured.Select((m, i) => new ComparisonResult
        {
            Platform = m.Platform, Baseline = m.Against, Workload = m.Workload, AcrossMachines = machineOf.GetValueOrDefault(m.Platform) != machineOf.GetValueOrDefault(m.Against),
            Ratio = m.Evidence.Ratio.Value, CiLower = m.Evidence.Ratio.Lower, CiUpper = m.Evidence.Ratio.Upper, ColdRatio = m.ColdRatio, StartupRatio = m.StartupRatio,
            PValue = m.Evidence.SignFlipPValue, Different = decisions[i].Different, Equivalent = decisions[i].Equivalent, WithinMargin = decisions[i].WithinMargin,
            Verdict = decisions[i].Verdict, Reason = decisions[i].Reason,
            Rounds = m.Evidence.Ratio.Rounds, RoundsPValue = m.Evidence.Ratio.PValue, AdjustedPValue = decisions[i].AdjustedPValue,
        }).ToList();

        var totalWeight = suite.Workloads.Sum(w => w.Weight);
        var common = suite.Workloads.Select(w => w.Name).Where(w => indexed.Count > 0 && indexed.All(x => x.Parts.Any(p => p.Workload == w))).ToList();
        // Years of hardware progress read a slowdown against native; a candidate against its reference has none, nor a platform against one it is also compared with,
        // nor a count of instructions (the model reads time).
        var index = Ranked(indexed.Select(x => IndexOf(x, suite.Workloads.Count, totalWeight, common, x.WithoutYears || suite.Measure == MeasureKind.Instructions ? null : progress)
                with { AcrossMachines = machineOf.GetValueOrDefault(x.Platform) != machineOf.GetValueOrDefault(x.Against), Measure = suite.Measure }).ToList(), platforms);
        foreach (var incomplete in index.Where(i => !i.Complete))
        {
            notes.Add($"{incomplete.Platform}: the index is incomplete, it covers {incomplete.WorkloadsCovered} of {incomplete.WorkloadsInSuite} workloads "
                + $"({Percent.Whole(incomplete.Coverage)} of the weight; {incomplete.Failed} failed on it, the others on {incomplete.Baseline}); rank the platforms of one baseline by the common index.");
        }

        var singleRound = comparisons.Where(c => c.Rounds == 1 && c.CiLower is not null).Select(c => c.Platform).Distinct().ToList();
        if (singleRound.Count > 0)
        {
            notes.Add($"One fresh process per cell ({string.Join(", ", singleRound)}): those ratios' and indices' intervals cover the noise within a process only, "
                + $"not how much the next process differs (1–10% measured here), so every verdict is inconclusive; verdicts need {ComparisonVerdict.MinimumRounds} launches or more, slower or faster {ComparisonVerdict.SignFlipRounds} (the default suite has six).");
        }

        return new RunResult
        {
            Suite = new SuiteInfo
            {
                Name = suite.Name, Description = suite.Description, Size = suite.Size, Seed = suite.Seed, Launches = suite.Launches, Iterations = suite.Iterations,
                Weights = suite.Workloads.ToDictionary(w => w.Name, w => w.Weight),
                TargetRelativeHalfWidth = suite.TargetRelativeHalfWidth, EquivalenceMargin = suite.EquivalenceMargin, FileSha256 = suite.FileSha256,
                Measure = suite.Measure,
            },
            Progress = progress is null ? null : new ProgressInfo { Name = progress.Name, Source = progress.Source, ReferenceYear = progress.ReferenceYear },
            Host = new HostInfo { Platform = run.Host, Machine = run.Machine },
            Machines = machines,
            Started = run.Time,
            Finished = journal.Launches.Count > 0 ? journal.Launches.Max(l => l.Time) : null,
            Platforms = platforms.Select(p => Describe(p, platforms.FirstOrDefault(b => b.Name == p.Baseline), platformRecords.GetValueOrDefault(p.Name), cells, journal.Launches)
                with { Machine = machineOf.GetValueOrDefault(p.Name) }).ToList(),
            Cells = cells,
            Comparisons = comparisons,
            Index = index,
            CommonWorkloads = common,
            GateOnly = run.GateOnly,
            Notes = notes,
        };
    }

    private sealed record Measured(string Platform, string Against, string Workload, ComparisonEvidence Evidence, double? ColdRatio, double? StartupRatio);

    private sealed record IndexedPlatform(string Platform, string Against, bool WithoutYears, IReadOnlyList<(string Workload, IndexPart Part)> Parts, IReadOnlyList<IndexPart>? ColdParts, int Failed);

    private static IndexResult IndexOf(IndexedPlatform platform, int workloadsInSuite, double totalWeight, IReadOnlyList<string> common, ProgressTable? progress)
    {
        var warm = IndexEstimator.Index(platform.Parts.Select(p => p.Part).ToList());
        var cold = platform.ColdParts is { } coldParts ? IndexEstimator.Index(coldParts).Score : null;
        var commonParts = platform.Parts.Where(p => common.Contains(p.Workload)).Select(p => p.Part).ToList();
        var commonIndex = commonParts.Count > 0 ? IndexEstimator.Index(commonParts) : null;
        return new IndexResult
        {
            Platform = platform.Platform, Baseline = platform.Against,
            Value = warm.Score.Value, CiLower = warm.Score.Lower, CiUpper = warm.Score.Upper,
            OfficeDay = Figure(warm.OfficeDay), IntervalScope = warm.Scope, Rounds = warm.Rounds,
            WorkloadsCovered = platform.Parts.Count, WorkloadsInSuite = workloadsInSuite,
            Coverage = platform.Parts.Sum(p => p.Part.Weight) / totalWeight, Failed = platform.Failed,
            Common = commonIndex is null ? null : new CommonIndex
            {
                Workloads = commonParts.Count, Coverage = commonParts.Sum(p => p.Weight) / totalWeight,
                Score = Figure(commonIndex.Score), OfficeDay = Figure(commonIndex.OfficeDay),
            },
            ColdValue = cold?.Value, ColdCiLower = cold?.Lower, ColdCiUpper = cold?.Upper,
            YearsLost = progress?.YearsLost(warm.OfficeDay.Value),
            YearsLostFewest = progress?.YearsLost(warm.OfficeDay.Value, GrowthAssumption.Fast),
            YearsLostMost = progress?.YearsLost(warm.OfficeDay.Value, GrowthAssumption.Slow),
        };
    }

    /// <summary>
    /// The indices grouped by baseline (in the run's order of platforms) and ranked within each group on the common
    /// workloads' score, the slowest first: indices over different workload sets do not compare, and neither do ratios
    /// to different baselines (each baseline's own speed is in them), so platforms of different baselines are not ranked.
    /// </summary>
    internal static List<IndexResult> Ranked(IReadOnlyList<IndexResult> index, IReadOnlyList<PlatformDefinition> platforms) =>
        index.GroupBy(i => i.Baseline).OrderBy(g => platforms.TakeWhile(p => p.Name != g.Key).Count())
            .SelectMany(g =>
            {
                var ranked = g.Where(i => i.Common is not null).OrderByDescending(i => i.Common!.Score.Value).ToList();
                return ranked.Select((i, n) => i with { Rank = n + 1, RankedAmong = ranked.Count }).Concat(g.Where(i => i.Common is null));
            })
            .ToList();

    private static IndexFigure Figure(Estimate estimate) => new() { Value = estimate.Value, CiLower = estimate.Lower, CiUpper = estimate.Upper };

    private static CellResult CheckAgainstBaseline(CellResult cell, IReadOnlyList<CellResult> cells, IReadOnlyList<PlatformDefinition> platforms)
    {
        // Against the baseline; in a gate-only run, which has none, against the reference.
        var platform = platforms.Single(p => p.Name == cell.Platform);
        var baselineName = platforms.Any(p => p.Name == platform.Baseline) ? platform.Baseline : platform.Reference;
        var baseline = cells.FirstOrDefault(c => c.Platform == baselineName && c.Workload == cell.Workload);
        if (cell.Status != CellStatus.Ok || baseline is not { Status: CellStatus.Ok } || baseline.Checksum == cell.Checksum)
        {
            return cell;
        }

        return CellBuilder.WithoutPrecisionIfFailed(cell with { Status = CellStatus.Incorrect, Error = $"checksum {cell.Checksum} differs from {baseline.Platform}'s {baseline.Checksum}" });
    }

    private static PlatformResult Describe(PlatformDefinition platform, PlatformDefinition? baseline, PlatformRecord? record, IReadOnlyList<CellResult> cells, IEnumerable<LaunchRecord> launches)
    {
        var executed = cells.FirstOrDefault(c => c.Platform == platform.Name && c.Arch is not null);
        var (guestIsa, guestIsaNote) = GuestView.Of(launches.Where(l => l.Platform == platform.Name));
        return new PlatformResult
        {
            Name = platform.Name, Description = platform.Description, Target = platform.Target, Baseline = platform.Baseline, Reference = platform.Reference, Launcher = platform.Launcher, GuestCpu = platform.GuestCpu,
            Environment = platform.Env, BesidesTheEmulator = baseline is null ? [] : BuildDifference.Between(platform.Target, baseline.Target),
            Claim = ClaimReading.Of(platform, baseline),
            Anomalies = Anomalies.Of(cells.Where(c => c.Platform == platform.Name)),
            Status = record?.Status ?? PlatformStatus.Available, Reason = record?.Reason, Version = record?.Version, Build = platform.Build,
            Arch = executed?.Arch, Os = executed?.Os, Runtime = executed?.Runtime, GuestIsa = guestIsa, GuestIsaNote = guestIsaNote,
            WarmUp = WarmUpCurve.Of(cells.Where(c => c.Platform == platform.Name)),
        };
    }
}
