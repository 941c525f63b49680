using BenchHarness.Core.Analysis;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.History;

/// <summary>
/// A series of runs of successive builds, in the order the user gives them (build or version order: a run of an older
/// build may well be made after a newer one's, so start times say nothing of the order of builds): per
/// platform and workload, the ratio against the baseline in each run with its interval, the geometric-mean score
/// likewise, and the steps in each trend. Steps are looked for only where a build can have changed, at the boundary
/// between two consecutive runs, each judged as <c>compare</c> judges two runs (<see cref="GateBuilder.Runs"/>): the run as
/// the unit, the platform's ratio to its in-run baseline, the between-run variance from the A/A runs given, Holm over the
/// boundary's rows. A step is a row called slower or faster by more than the threshold; with fewer than two A/A runs no
/// step can be judged, and the history says so. The score's trend has points but no steps.
/// </summary>
public static class HistoryBuilder
{
    public static HistoryResult Build(IReadOnlyList<(string Directory, RunResult Result)> runs, IReadOnlyList<RunResult> aa, double threshold)
    {
        if (runs.Count < 2)
        {
            throw new BadInputException(BadInputKind.BadArgument, "history: give two or more run folders, one per build, in build order (oldest build first).");
        }

        RefuseUnlike(runs);
        var ordered = runs.Select(r => (r.Directory, r.Result)).ToList();
        var history = ordered.Select(r => new HistoryRun(r.Directory, Path.GetFileName(Path.TrimEndingDirectorySeparator(r.Directory)), r.Result.Started,
            r.Result.Platforms.Where(p => p.Version is not null).ToDictionary(p => p.Name, p => p.Version!))).ToList();
        var pairs = ordered.SelectMany(r => r.Result.Comparisons.Select(c => (c.Platform, c.Baseline, c.Workload))).Distinct()
            .OrderBy(p => p.Platform, StringComparer.Ordinal).ThenBy(p => p.Baseline, StringComparer.Ordinal).ThenBy(p => p.Workload, StringComparer.Ordinal).ToList();

        var gates = Enumerable.Range(1, ordered.Count - 1)
            .Select(i => GateBuilder.Runs(ordered[i - 1].Result, ordered[i - 1].Directory, ordered[i].Result, ordered[i].Directory, aa, threshold, 2 * threshold, [])).ToList();
        var trends = new List<Trend>();
        foreach (var (platform, baseline, workload) in pairs)
        {
            var points = new List<TrendPoint>();
            for (var i = 0; i < ordered.Count; i++)
            {
                var result = ordered[i].Result;
                if (result.Comparisons.FirstOrDefault(c => c.Platform == platform && c.Baseline == baseline && c.Workload == workload) is not { } comparison)
                {
                    continue;
                }

                points.Add(new TrendPoint(i, comparison.Ratio, comparison.CiLower, comparison.CiUpper));
            }

            trends.Add(new Trend(platform, baseline, workload, points, Steps(gates, points, history, platform, baseline, workload)));
        }

        foreach (var (platform, baseline) in pairs.Select(p => (p.Platform, p.Baseline)).Distinct())
        {
            var points = ordered.Select((r, i) => (Index: r.Result.Index.FirstOrDefault(x => x.Platform == platform && x.Baseline == baseline), Run: i))
                .Where(x => x.Index is not null).Select(x => new TrendPoint(x.Run, x.Index!.Value, x.Index.CiLower, x.Index.CiUpper)).ToList();
            trends.Add(new Trend(platform, baseline, Trend.IndexName, points, []));
        }

        return new HistoryResult(history, trends) { AaRuns = aa.Count, Threshold = threshold, Undecided = gates.Sum(g => g.Undecided), Measure = runs[0].Result.Suite.Measure };
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

            if (LikeForLike.MeasureName(result) != LikeForLike.MeasureName(first.Result))
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, directory,
                    $"history: {directory} measured {LikeForLike.MeasureName(result)}, {first.Directory} {LikeForLike.MeasureName(first.Result)}: a history is of one measure.");
            }

            if (result.Suite.Measure == MeasureKind.Instructions && LikeForLike.ProbeBuildDifferences(first.Result, result) is { Count: > 0 } probes)
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, directory,
                    $"history: {directory} and {first.Directory} counted with different probe builds ({string.Join("; ", probes)}): a rebuilt probe moves counts by several percent; count every build with one probe build.");
            }
        }

        var twice = runs.Select((r, i) => (r.Directory, r.Result.Started, Index: i))
            .FirstOrDefault(r => runs.Take(r.Index).Any(e => Path.GetFullPath(e.Directory) == Path.GetFullPath(r.Directory) || (r.Started is { } t && e.Result.Started == t)));
        if (twice.Directory is not null)
        {
            throw new BadInputException(BadInputKind.NotLikeForLike, twice.Directory, $"history: {twice.Directory} is a run given twice (the same folder, or a copy started at the same moment): give each build's run once.");
        }
    }

    /// <summary>The rows of each boundary's gate for this platform against this baseline on this workload that were called slower or faster.</summary>
    private static List<TrendStep> Steps(List<GateResult> gates, List<TrendPoint> points, List<HistoryRun> runs, string platform, string baseline, string workload) =>
        gates.Select((gate, g) => (Run: g + 1, Row: gate.Rows.FirstOrDefault(r => r.Platform == platform && r.Reference == baseline && r.Workload == workload)))
            .Where(x => x.Row is { Verdict: GateVerdict.Slower or GateVerdict.Faster, Ratio: not null })
            .Select(x => new TrendStep(x.Run, runs[x.Run].Label, runs[x.Run].Versions.GetValueOrDefault(platform),
                points.FirstOrDefault(p => p.Run == x.Run - 1)?.Value ?? double.NaN, points.FirstOrDefault(p => p.Run == x.Run)?.Value ?? double.NaN)
            {
                Change = x.Row!.Ratio!.Value, LowerBound = x.Row.LowerBound, UpperBound = x.Row.UpperBound, Verdict = x.Row.Verdict,
            })
            .ToList();
}
