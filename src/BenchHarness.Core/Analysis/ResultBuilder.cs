using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// The analysis stage: journal records in, <see cref="RunResult"/> out. It never launches a process.
/// Cells first, then checksums against each baseline (a mismatch makes the cell incorrect and it gives no
/// ratio), then the comparisons (ratio, Mann-Whitney p-value, verdict) and the warm and start-up indices of
/// every platform that has a baseline in the run, with the warm index in years of hardware progress.
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

        var cells = platforms.SelectMany(p => suite.Workloads.Select(w => new CellKey(p.Name, w.Name)))
            .Select(key => CellBuilder.Build(key, launches[key].ToList(), samples[key].ToList(), platformRecords.GetValueOrDefault(key.Platform), suite.TargetRelativeHalfWidth))
            .ToList();
        cells = cells.Select(c => CheckAgainstBaseline(c, cells, platforms)).ToList();
        notes.AddRange(cells.Where(c => c.Status == CellStatus.Ok && c.Warm is { Multimodal: true })
            .Select(c => $"{c.Platform} · {c.Workload}: the warm timings have {c.Warm!.Modes} modes (Lowland detector); a median hides that, see the samples."));

        var comparisons = new List<ComparisonResult>();
        var index = new List<IndexResult>();
        foreach (var platform in platforms.Where(p => p.Baseline is not null))
        {
            if (platforms.All(p => p.Name != platform.Baseline))
            {
                notes.Add($"{platform.Name}: its baseline {platform.Baseline} was not in this run, so it has no ratios.");
                continue;
            }

            var warmParts = new List<IndexPart>();
            var coldParts = new List<IndexPart>();
            var measured = new List<(string Workload, RatioEstimate Ratio, double? MannWhitney, double? ColdRatio, double? StartupRatio)>();
            foreach (var workload in suite.Workloads)
            {
                var cell = cells.Single(c => c.Platform == platform.Name && c.Workload == workload.Name);
                var baseline = cells.Single(c => c.Platform == platform.Baseline && c.Workload == workload.Name);
                if (cell.Status != CellStatus.Ok || baseline.Status != CellStatus.Ok)
                {
                    continue;
                }

                var (platformLaunches, baselineLaunches) = (cell.WarmByLaunch(), baseline.WarmByLaunch());
                var (platformWarm, baselineWarm) = (platformLaunches.SelectMany(l => l).ToList(), baselineLaunches.SelectMany(l => l).ToList());
                double? mannWhitney = platformWarm.Count >= 2 && baselineWarm.Count >= 2 ? PerfolizerMethods.MannWhitneyPValue(platformWarm, baselineWarm) : null;
                var part = new IndexPart(platformLaunches, baselineLaunches, workload.Weight);
                measured.Add((workload.Name, part.Ratio, mannWhitney, cell.ColdMedianNs / baseline.ColdMedianNs, cell.StartupMedianNs / baseline.StartupMedianNs));
                warmParts.Add(part);
                if (cell.ColdNs.Count > 0 && baseline.ColdNs.Count > 0)
                {
                    // Cold samples are one per process already: each is its own launch, paired by round.
                    coldParts.Add(new IndexPart(cell.ColdByLaunch(), baseline.ColdByLaunch(), workload.Weight));
                }
            }

            var adjusted = FalseDiscoveryRate.Adjust(measured.Select(m => m.Ratio.PValue).ToList());
            comparisons.AddRange(measured.Select((m, i) =>
            {
                var (different, equivalent, verdict) = ComparisonVerdict.Decide(m.Ratio.Estimate, adjusted[i], m.MannWhitney, suite.EquivalenceMargin);
                return new ComparisonResult
                {
                    Platform = platform.Name, Baseline = platform.Baseline!, Workload = m.Workload,
                    Ratio = m.Ratio.Value, CiLower = m.Ratio.Lower, CiUpper = m.Ratio.Upper, ColdRatio = m.ColdRatio, StartupRatio = m.StartupRatio,
                    PValue = m.MannWhitney, Different = different, Equivalent = equivalent, Verdict = verdict,
                    Rounds = m.Ratio.Rounds, RoundsPValue = m.Ratio.PValue, AdjustedPValue = adjusted[i],
                };
            }));
            if (warmParts.Count > 0)
            {
                var warm = IndexEstimator.Index(warmParts);
                var cold = coldParts.Count == warmParts.Count ? IndexEstimator.Index(coldParts) : null;
                index.Add(new IndexResult
                {
                    Platform = platform.Name, Baseline = platform.Baseline!, Value = warm.Value, CiLower = warm.Lower, CiUpper = warm.Upper,
                    WorkloadsCovered = warmParts.Count, WorkloadsInSuite = suite.Workloads.Count,
                    Coverage = warmParts.Sum(p => p.Weight) / suite.Workloads.Sum(w => w.Weight),
                    ColdValue = cold?.Value, ColdCiLower = cold?.Lower, ColdCiUpper = cold?.Upper,
                    YearsLost = progress?.YearsLost(warm.Value),
                    YearsLostLower = warm.Lower is { } l ? progress?.YearsLost(l) : null,
                    YearsLostUpper = warm.Upper is { } u ? progress?.YearsLost(u) : null,
                });
                if (warmParts.Count < suite.Workloads.Count)
                {
                    notes.Add($"{platform.Name}: the index covers {warmParts.Count} of {suite.Workloads.Count} workloads; the others are not ok on it or on {platform.Baseline}.");
                }
            }
        }

        var singleRound = comparisons.Where(c => c.Rounds == 1 && c.CiLower is not null).Select(c => c.Platform).Distinct().ToList();
        if (singleRound.Count > 0)
        {
            notes.Add($"One fresh process per cell ({string.Join(", ", singleRound)}): those ratios' intervals cover the noise within a process only, "
                + "not how much the next process differs (1–10% measured here); verdicts need more launches (the default suite's six).");
        }

        return new RunResult
        {
            Suite = new SuiteInfo
            {
                Name = suite.Name, Description = suite.Description, Size = suite.Size, Launches = suite.Launches, Iterations = suite.Iterations,
                Weights = suite.Workloads.ToDictionary(w => w.Name, w => w.Weight),
                TargetRelativeHalfWidth = suite.TargetRelativeHalfWidth, EquivalenceMargin = suite.EquivalenceMargin,
            },
            Progress = progress is null ? null : new ProgressInfo { Name = progress.Name, Source = progress.Source, ReferenceYear = progress.ReferenceYear },
            Host = new HostInfo { Platform = run.Host },
            Started = run.Time,
            Finished = journal.Launches.Count > 0 ? journal.Launches[^1].Time : null,
            Platforms = platforms.Select(p => Describe(p, platformRecords.GetValueOrDefault(p.Name), cells)).ToList(),
            Cells = cells,
            Comparisons = comparisons,
            Index = index,
            Notes = notes,
        };
    }

    private static CellResult CheckAgainstBaseline(CellResult cell, IReadOnlyList<CellResult> cells, IReadOnlyList<PlatformDefinition> platforms)
    {
        var baselineName = platforms.Single(p => p.Name == cell.Platform).Baseline;
        var baseline = cells.FirstOrDefault(c => c.Platform == baselineName && c.Workload == cell.Workload);
        if (cell.Status != CellStatus.Ok || baseline is not { Status: CellStatus.Ok } || baseline.Checksum == cell.Checksum)
        {
            return cell;
        }

        return cell with { Status = CellStatus.Incorrect, Error = $"checksum {cell.Checksum} differs from {baseline.Platform}'s {baseline.Checksum}" };
    }

    private static PlatformResult Describe(PlatformDefinition platform, PlatformRecord? record, IReadOnlyList<CellResult> cells)
    {
        var executed = cells.FirstOrDefault(c => c.Platform == platform.Name && c.Arch is not null);
        return new PlatformResult
        {
            Name = platform.Name, Description = platform.Description, Target = platform.Target, Baseline = platform.Baseline, Launcher = platform.Launcher,
            Status = record?.Status ?? PlatformStatus.Available, Reason = record?.Reason, Version = record?.Version,
            Arch = executed?.Arch, Os = executed?.Os, Runtime = executed?.Runtime,
        };
    }
}
