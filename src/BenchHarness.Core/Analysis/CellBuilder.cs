using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Analysis;

/// <summary>Turns the journal records of one (platform, workload) pair into its cell: status, raw samples, medians.</summary>
internal static class CellBuilder
{
    /// <param name="measure">What the samples are (<see cref="Suite.Measure"/>): a count of a start-up has no cold first launch.</param>
    public static CellResult Build(CellKey key, IReadOnlyList<LaunchRecord> launches, IReadOnlyList<SampleRecord> samples, PlatformRecord? platformRecord, double target,
        MeasureKind? measure = null)
    {
        if (platformRecord?.Status == PlatformStatus.Unavailable)
        {
            return new CellResult { Platform = key.Platform, Workload = key.Workload, Status = CellStatus.Unavailable, Error = platformRecord.Reason };
        }

        if (launches.Count == 0)
        {
            return new CellResult { Platform = key.Platform, Workload = key.Workload, Status = CellStatus.Unavailable, Error = "not measured: the run was interrupted (resume the run to finish it)" };
        }

        // The last attempt of each round decides that round.
        var finals = launches.GroupBy(l => l.Round).Select(g => g.MaxBy(l => l.Attempt)!).OrderBy(l => l.Round).ToList();
        var okAttempts = finals.Where(l => l.Status == CellStatus.Ok).Select(l => (l.Round, l.Attempt)).ToHashSet();
        var kept = samples.Where(s => okAttempts.Contains((s.Round, s.Attempt))).ToList();
        var startUp = finals.Any(l => l.Measure == Measure.Startup);
        var okFinals = finals.Where(l => l.Status == CellStatus.Ok && l.ReadyNs is not null).ToList();
        // A start-up workload's samples are the host's ready times: the first launch cold (the machine's file cache), the
        // others warm; counted, every launch is one (a cache changes time, not the instructions run).
        var firstWarm = measure == MeasureKind.Instructions ? 0 : 1;
        var warm = startUp ? okFinals.Where(l => l.Round >= firstWarm).Select(l => l.ReadyNs!.Value).ToList()
            : kept.Where(s => s.Kind == SampleKind.Warm).Select(s => s.Ns).ToList();
        var cold = startUp ? okFinals.Where(l => l.Round < firstWarm).Select(l => l.ReadyNs!.Value).ToList()
            : kept.Where(s => s.Kind == SampleKind.Cold).Select(s => s.Ns).ToList();
        var startup = finals.Where(l => l.Status == CellStatus.Ok && l.StartupNs is not null).Select(l => l.StartupNs!.Value).ToList();
        var checksums = kept.Select(s => s.Checksum).Distinct().ToList();
        var failed = finals.Where(l => l.Status != CellStatus.Ok).OrderBy(l => Severity(l.Status)).FirstOrDefault();
        var described = finals.LastOrDefault(l => l.Status == CellStatus.Ok) ?? finals[^1];

        var (status, error) = failed is not null ? (failed.Status, failed.Error)
            : checksums.Count > 1 ? (CellStatus.Incorrect, $"iterations disagree: checksums {string.Join(", ", checksums)}")
            : warm.Count == 0 && startUp ? (CellStatus.Unavailable, "a start-up workload needs two or more launches: set its launches in the suite")
            : warm.Count == 0 ? (CellStatus.Crashed, "the probe reported no warm samples")
            : (CellStatus.Ok, (string?)null);

        var warmSummary = SampleSummarizer.Summarize(warm, target);
        var coldSummary = SampleSummarizer.Summarize(cold, target);
        var cell = new CellResult
        {
            Platform = key.Platform,
            Workload = key.Workload,
            Status = status,
            Error = error,
            Arch = described.Arch,
            Os = described.Os,
            Runtime = described.Runtime,
            Attempts = launches.Count,
            Launches = okAttempts.Count,
            SamplesNs = warm,
            MeasuresStartUp = startUp,
            WarmLaunchSizes = startUp ? warm.Select(_ => 1).ToList() : kept.Where(s => s.Kind == SampleKind.Warm).GroupBy(s => s.Round).Select(g => g.Count()).ToList(),
            WarmLaunchRounds = startUp ? okFinals.Where(l => l.Round >= firstWarm).Select(l => l.Round).ToList()
                : kept.Where(s => s.Kind == SampleKind.Warm).GroupBy(s => s.Round).Select(g => g.Key).ToList(),
            ColdLaunchRounds = startUp ? okFinals.Where(l => l.Round < firstWarm).Select(l => l.Round).ToList() : kept.Where(s => s.Kind == SampleKind.Cold).Select(s => s.Round).ToList(),
            ColdNs = cold,
            StartupNs = startup,
            FirstStartNs = finals.Where(l => l.Status == CellStatus.Ok && l.FirstStartNs is not null).Select(l => l.FirstStartNs!.Value).ToList(),
            OverheadNs = finals.Where(l => l.Status == CellStatus.Ok && l.OverheadNs is not null).Select(l => l.OverheadNs!.Value).ToList(),
            Checksum = checksums.Count == 1 ? checksums[0] : null,
            MedianNs = warmSummary?.MedianNs,
            CiLowerNs = warmSummary?.CiLowerNs,
            CiUpperNs = warmSummary?.CiUpperNs,
            ColdMedianNs = coldSummary?.MedianNs,
            StartupMedianNs = startup.Count > 0 ? MedianEstimator.Median(startup.Select(v => (double)v).ToList()).Value : null,
            Warm = warmSummary,
            Cold = coldSummary,
        };
        var precision = LaunchPrecision(cell.WarmByLaunch());
        return WithoutPrecisionIfFailed(cell with
        {
            LaunchPrecision = precision, TargetMet = precision is { } p ? p <= target : null,
            OverheadMedianNs = MedianOf(cell.OverheadNs), FirstStartMedianNs = MedianOf(cell.FirstStartNs),
        });
    }

    /// <summary>
    /// A cell that failed claims no precision: its samples (of the launches that ended ok before it failed) are kept and
    /// described, but how precise its median is, within a process or between them, and whether it met the target, are
    /// not said of a measurement that did not finish.
    /// </summary>
    internal static CellResult WithoutPrecisionIfFailed(CellResult cell) => cell.Status == CellStatus.Ok ? cell : cell with
    {
        LaunchPrecision = null,
        TargetMet = null,
        Warm = cell.Warm is { } warm ? warm with { RelativeHalfWidth = null, TargetMet = null } : null,
        Cold = cell.Cold is { } cold ? cold with { RelativeHalfWidth = null, TargetMet = null } : null,
    };

    /// <summary>
    /// Half the 95% t interval of the mean log launch median, over the geometric mean: the median's precision
    /// between fresh processes (Georges, Buytaert, Eeckhout 2007, §4: the process is the unit). Null below two launches.
    /// </summary>
    internal static double? LaunchPrecision(IReadOnlyList<IReadOnlyList<double>> launches)
    {
        var logs = launches.Where(l => l.Count > 0).Select(l => Math.Log(MedianEstimator.Median(l, interval: false).Value)).ToList();
        if (logs.Count < 2)
        {
            return null;
        }

        return Math.Exp(PerfolizerMethods.TwoSidedQuantile(0.95, logs.Count - 1) * Math.Sqrt(MeanError.VarianceOfMean(logs))) - 1;
    }

    /// <summary>The Harrell-Davis median of a command workload's per-launch times, without an interval; null when there are none.</summary>
    private static double? MedianOf(IReadOnlyList<long> values) => values.Count == 0 ? null : MedianEstimator.Median(values.Select(v => (double)v).ToList(), interval: false).Value;

    /// <summary>Which failure a cell reports when its rounds failed differently: the one a reader must see first.</summary>
    private static int Severity(CellStatus status) => status switch
    {
        CellStatus.Incorrect => 0,
        CellStatus.Timeout => 1,
        CellStatus.Crashed => 2,
        _ => 3,
    };
}
