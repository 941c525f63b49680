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
    public static RunResult Build(IReadOnlyList<JournalRecord> records, ProgressTable? progress = null)
    {
        var run = records.FirstOrDefault(r => r.Type == JournalRecord.RunType)
            ?? throw new BadInputException("The journal has no run record: it is not a BenchHarness journal.");
        var suite = run.Suite ?? throw new BadInputException("The journal's run record has no suite.");
        var platforms = run.Platforms ?? throw new BadInputException("The journal's run record has no platforms.");
        var platformRecords = records.Where(r => r.Type == JournalRecord.PlatformType).GroupBy(r => r.Platform!).ToDictionary(g => g.Key, g => g.Last());
        var launches = records.Where(r => r.Type == JournalRecord.LaunchType).ToLookup(r => (r.Platform, r.Workload));
        var samples = records.Where(r => r.Type == JournalRecord.SampleType).ToLookup(r => (r.Platform, r.Workload));
        var notes = new List<string>();

        var cells = platforms.SelectMany(p => suite.Workloads.Select(w =>
            CellBuilder.Build(p.Name, w.Name, launches[(p.Name, w.Name)].ToList(), samples[(p.Name, w.Name)].ToList(), platformRecords.GetValueOrDefault(p.Name), suite.TargetRelativeHalfWidth)))
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
                return new ComparisonResult(platform.Name, platform.Baseline!, m.Workload, m.Ratio.Value, m.Ratio.Lower, m.Ratio.Upper, m.ColdRatio, m.StartupRatio,
                    m.MannWhitney, different, equivalent, verdict, m.Ratio.Rounds, m.Ratio.PValue, adjusted[i]);
            }));
            if (warmParts.Count > 0)
            {
                var warm = IndexEstimator.Index(warmParts);
                var cold = coldParts.Count == warmParts.Count ? IndexEstimator.Index(coldParts) : null;
                index.Add(new IndexResult(platform.Name, platform.Baseline!, warm.Value, warm.Lower, warm.Upper, warmParts.Count, suite.Workloads.Count,
                    cold?.Value, cold?.Lower, cold?.Upper,
                    progress?.YearsLost(warm.Value), warm.Lower is { } l ? progress?.YearsLost(l) : null, warm.Upper is { } u ? progress?.YearsLost(u) : null));
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
            Suite = new SuiteInfo(suite.Name, suite.Description, suite.Size, suite.Launches, suite.Iterations, suite.Workloads.ToDictionary(w => w.Name, w => w.Weight),
                suite.TargetRelativeHalfWidth, suite.EquivalenceMargin),
            Progress = progress is null ? null : new ProgressInfo(progress.Name, progress.Source, progress.ReferenceYear),
            Host = run.Host ?? HostPlatform.Current,
            Started = run.Time,
            Finished = records.LastOrDefault(r => r.Type == JournalRecord.LaunchType)?.Time,
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

    private static PlatformResult Describe(PlatformDefinition platform, JournalRecord? record, IReadOnlyList<CellResult> cells)
    {
        var executed = cells.FirstOrDefault(c => c.Platform == platform.Name && c.Arch is not null);
        return new PlatformResult(platform.Name, platform.Description, platform.Target, platform.Baseline, platform.Launcher,
            record?.Status ?? "available", record?.Reason, record?.Version, executed?.Arch, executed?.Os, executed?.Runtime);
    }
}
