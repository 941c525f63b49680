using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.History;

/// <summary>
/// A series of runs of successive builds, oldest first (by start time; the order given where it is missing): per
/// platform and workload, the ratio against the baseline in each run with its interval, the geometric-mean score
/// likewise, and the steps in each trend. A step is found by ED-PELT (<see cref="StepDetector"/>)
/// over the rounds' log ratios of every run in turn — the fresh processes, not one number per run, so that three runs
/// of six launches are eighteen observations — with segments at least one run long; a change point is attributed to
/// the run it falls in, and named with that run's emulator version. The score's trend is searched the same way over
/// each round's weighted mean log ratio (<see cref="IndexEstimator.RoundScores"/>).
/// </summary>
public static class HistoryBuilder
{
    public static HistoryResult Build(IReadOnlyList<(string Directory, RunResult Result)> runs)
    {
        if (runs.Count < 2)
        {
            throw new BadInputException(BadInputKind.BadArgument, "history: give two or more run folders (successive builds, any order: they are sorted by start time).");
        }

        RefuseUnlike(runs);
        var ordered = runs.Select((r, i) => (r.Directory, r.Result, Given: i)).OrderBy(r => r.Result.Started ?? DateTimeOffset.MaxValue).ThenBy(r => r.Given).ToList();
        var history = ordered.Select(r => new HistoryRun(r.Directory, Path.GetFileName(Path.TrimEndingDirectorySeparator(r.Directory)), r.Result.Started,
            r.Result.Platforms.Where(p => p.Version is not null).ToDictionary(p => p.Name, p => p.Version!))).ToList();
        var pairs = ordered.SelectMany(r => r.Result.Comparisons.Select(c => (c.Platform, c.Baseline, c.Workload))).Distinct()
            .OrderBy(p => p.Platform, StringComparer.Ordinal).ThenBy(p => p.Baseline, StringComparer.Ordinal).ThenBy(p => p.Workload, StringComparer.Ordinal).ToList();

        var trends = new List<Trend>();
        foreach (var (platform, baseline, workload) in pairs)
        {
            var points = new List<TrendPoint>();
            var rounds = new List<(int Run, double LogRatio)>();
            for (var i = 0; i < ordered.Count; i++)
            {
                var result = ordered[i].Result;
                if (result.Comparisons.FirstOrDefault(c => c.Platform == platform && c.Baseline == baseline && c.Workload == workload) is not { } comparison)
                {
                    continue;
                }

                points.Add(new TrendPoint(i, comparison.Ratio, comparison.CiLower, comparison.CiUpper));
                var (cell, reference) = (result.Cell(platform, workload), result.Cell(baseline, workload));
                if (cell is { Status: CellStatus.Ok } && reference is { Status: CellStatus.Ok })
                {
                    rounds.AddRange(RatioEstimator.Ratio(cell.WarmByLaunch(), reference.WarmByLaunch(), cell.WarmRounds(), reference.WarmRounds()).RoundLogRatios.Select(d => (i, d)));
                }
            }

            trends.Add(new Trend(platform, baseline, workload, points, Steps(rounds, history, platform)));
        }

        foreach (var (platform, baseline) in pairs.Select(p => (p.Platform, p.Baseline)).Distinct())
        {
            var points = ordered.Select((r, i) => (Index: r.Result.Index.FirstOrDefault(x => x.Platform == platform && x.Baseline == baseline), Run: i))
                .Where(x => x.Index is not null).Select(x => new TrendPoint(x.Run, x.Index!.Value, x.Index.CiLower, x.Index.CiUpper)).ToList();
            // The score's rounds: each round's weighted mean log ratio over the workloads ok in that run.
            var rounds = ordered.SelectMany((r, i) => IndexEstimator.RoundScores(Parts(r.Result, platform, baseline)).Select(y => (i, y))).ToList();
            trends.Add(new Trend(platform, baseline, Trend.IndexName, points, Steps(rounds, history, platform)));
        }

        return new HistoryResult(history, trends);
    }

    /// <summary>A history is of one suite's runs, each once: other suites (or input sizes) and a run given twice are refused.</summary>
    private static void RefuseUnlike(IReadOnlyList<(string Directory, RunResult Result)> runs)
    {
        var first = runs[0];
        foreach (var (directory, result) in runs.Skip(1))
        {
            if (result.Suite.Name != first.Result.Suite.Name || result.Suite.Size != first.Result.Suite.Size)
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, directory,
                    $"history: {directory} ran suite {result.Suite.Name} ({Words.Of(result.Suite.Size)} inputs), {first.Directory} suite {first.Result.Suite.Name} ({Words.Of(first.Result.Suite.Size)} inputs): a history is of one suite's runs.");
            }
        }

        var twice = runs.Select((r, i) => (r.Directory, r.Result.Started, Index: i))
            .FirstOrDefault(r => runs.Take(r.Index).Any(e => Path.GetFullPath(e.Directory) == Path.GetFullPath(r.Directory) || (r.Started is { } t && e.Result.Started == t)));
        if (twice.Directory is not null)
        {
            throw new BadInputException(BadInputKind.NotLikeForLike, twice.Directory, $"history: {twice.Directory} is a run given twice (the same folder, or a copy started at the same moment): give each build's run once.");
        }
    }

    private static List<IndexPart> Parts(RunResult result, string platform, string baseline) =>
        result.Suite.Weights.Select(w => (Weight: w.Value, Cell: result.Cell(platform, w.Key), Reference: result.Cell(baseline, w.Key)))
            .Where(x => x.Cell is { Status: CellStatus.Ok } && x.Reference is { Status: CellStatus.Ok })
            .Select(x => new IndexPart(x.Cell!.WarmByLaunch(), x.Reference!.WarmByLaunch(), x.Weight, x.Cell.WarmRounds(), x.Reference.WarmRounds())).ToList();

    private static List<TrendStep> Steps(List<(int Run, double LogRatio)> rounds, List<HistoryRun> runs, string platform) =>
        StepDetector.Find(rounds).Select(s => new TrendStep(s.Run, runs[s.Run].Label, runs[s.Run].Versions.GetValueOrDefault(platform), s.Before, s.After)).ToList();
}
