using System.Diagnostics;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;

namespace BenchHarness.Core.Runner;

/// <summary>
/// The run stage: checks every platform, starts each available one once (its hello: the emulator's caches and
/// a Wine prefix are initialised outside the measurements), then works through the interleaved plan,
/// journaling every record as it arrives. Resuming skips the launches the journal already finished. The platforms
/// of each machine (this one, each remote host: <see cref="RunSite"/>) have a plan of their own, and the machines
/// run at once: they share no CPU. A remote host whose connection is lost stops there; the others go on.
/// </summary>
/// <param name="generators">What makes command workloads' inputs; needed only when the suite has commands.</param>
/// <param name="remote">The site of each remote host, by name (connected when the run starts, again on a resume); none without hosts.</param>
/// <param name="kinds">The kinds of workload: <see cref="WorkloadKinds.All"/> unless a test brings its own.</param>
public sealed class BenchmarkRun(IProcessLauncher launcher, ProjectLayout layout, Func<PlatformDefinition, PlatformAvailability> check, Action<string> progress,
    IInputGenerators? generators = null, Func<string, RunSite>? remote = null, IReadOnlyList<IWorkloadKind>? kinds = null)
{
    /// <param name="gateOnly">The platforms are candidates and their references only, their baselines left out on purpose (<see cref="RunRecord.GateOnly"/>).</param>
    public async Task StartAsync(Suite suite, IReadOnlyList<PlatformDefinition> platforms, string directory, CancellationToken cancellation,
        IReadOnlyList<Journal.RemoteHostRecord>? hosts = null, bool gateOnly = false)
    {
        RefuseEarlierRun(directory);
        using var journal = JournalFile.OpenForAppend(directory);
        journal.Append(new RunRecord { JournalFormat = JournalFile.CurrentFormat, Time = DateTimeOffset.UtcNow, Suite = suite, Platforms = platforms, Host = HostPlatform.Current,
            Machine = MachineProbe.Read(layout, platforms.Where(p => p.Remote is null).Select(p => p.Target), directory), Hosts = hosts ?? [],
            GateOnly = gateOnly ? true : null });
        await ExecuteAsync(suite, platforms, journal, new Dictionary<LaunchKey, LaunchRecord>(), new Dictionary<LaunchKey, int>(), [], cancellation).ConfigureAwait(false);
    }

    /// <summary>A folder that holds a run is never written over: bad input, before anything is measured.</summary>
    public static void RefuseEarlierRun(string directory)
    {
        if (File.Exists(Path.Combine(directory, JournalFile.FileName)))
        {
            throw new BadInputException(BadInputKind.AlreadyExists, directory, $"'{directory}' already holds a run: finish it, or choose another folder.");
        }
    }

    /// <summary>
    /// Gives a finished (or interrupted) run <paramref name="launches"/> fresh processes per cell, more than it has: the
    /// journal records it (<see cref="ExtendRecord"/>), and the next resume runs the rounds the run lacks, numbered after
    /// its last, so that every launch stays paired by round with its partners'.
    /// </summary>
    public static void Extend(string directory, int launches)
    {
        var suite = JournalFile.Read(directory).Run.Suite;
        if (suite.Workloads.Any(w => (w.Launches ?? suite.Launches) >= launches))
        {
            throw new ArgumentOutOfRangeException(nameof(launches), launches, $"the run {directory} already has {suite.Launches} launches per cell");
        }

        using var journal = JournalFile.OpenForAppend(directory);
        journal.Append(new ExtendRecord { Time = DateTimeOffset.UtcNow, Launches = launches });
    }

    public async Task ResumeAsync(string directory, CancellationToken cancellation)
    {
        var journaled = JournalFile.Read(directory);
        var attempts = journaled.Launches.GroupBy(r => r.Launch).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Attempt)!);
        // An attempt interrupted mid-way left samples but no launch record: number the next attempt after it,
        // so that its samples are never mistaken for the new attempt's.
        var lastAttempt = journaled.Launches.Select(r => (r.Launch, r.Attempt)).Concat(journaled.Samples.Select(r => (r.Launch, r.Attempt)))
            .GroupBy(r => r.Launch)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Attempt));
        // The warm samples of launches that ended ok count towards their cell's precision target.
        var okAttempts = attempts.Values.Where(r => r.Status == CellStatus.Ok).Select(r => (r.Launch, r.Attempt)).ToHashSet();
        var warm = journaled.Samples.Where(r => r.Kind == SampleKind.Warm && okAttempts.Contains((r.Launch, r.Attempt)))
            .GroupBy(r => r.Cell)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Round).Select(l => (IReadOnlyList<long>)l.Select(r => r.Ns).ToList()).ToList());
        progress($"resuming {directory}: {attempts.Values.Count(r => !r.Status.IsRetried() || r.Attempt >= journaled.Run.Suite.MaxAttempts)} launches already measured"
            + (journaled.CutLastLine is { } cut ? $"; its line {cut} was cut mid-write and is dropped" : ""));
        using var journal = JournalFile.OpenForAppend(directory);
        await ExecuteAsync(journaled.Run.Suite, journaled.Run.Platforms, journal, attempts, lastAttempt, warm, cancellation).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(Suite suite, IReadOnlyList<PlatformDefinition> platforms, JournalFile journal,
        Dictionary<LaunchKey, LaunchRecord> journaled, Dictionary<LaunchKey, int> lastAttempt, Dictionary<CellKey, List<IReadOnlyList<long>>> warmByCell,
        CancellationToken cancellation)
    {
        Directory.CreateDirectory(layout.StateDirectory);
        var run = new RunContext(RunSite.Local(launcher, layout, check), layout, progress, generators, kinds);
        var machines = platforms.GroupBy(p => p.Remote).ToList();
        var work = machines.Select(machine =>
        {
            var site = machine.Key is null ? run.Site
                : remote?.Invoke(machine.Key) ?? RunSite.Lost(machine.Key, $"host {machine.Key} is not connected");
            var say = machines.Count > 1 || machine.Key is not null ? (Action<string>)(line => progress($"{site.Host ?? "local"} | {line}")) : progress;
            return Task.Run(() => RunMachineAsync(run.On(site, say), suite, machine.ToList(), journal, journaled, lastAttempt, warmByCell, cancellation), CancellationToken.None);
        }).ToList();
        await Task.WhenAll(work).ConfigureAwait(false);
    }

    /// <summary>One machine's platforms: checked, warmed up, then its own interleaved plan. A lost connection ends it, its platforms unavailable until a resume.</summary>
    private static async Task RunMachineAsync(RunContext run, Suite suite, IReadOnlyList<PlatformDefinition> platforms, JournalFile journal,
        Dictionary<LaunchKey, LaunchRecord> journaled, Dictionary<LaunchKey, int> lastAttempt, Dictionary<CellKey, List<IReadOnlyList<long>>> warmByCell,
        CancellationToken cancellation)
    {
        try
        {
            await RunPlanAsync(run, suite, platforms, journal, journaled, lastAttempt, warmByCell, cancellation).ConfigureAwait(false);
        }
        catch (HostLostException lost) when (run.Site.Host is not null)
        {
            foreach (var platform in platforms)
            {
                journal.Append(new PlatformRecord
                {
                    Time = DateTimeOffset.UtcNow, Platform = platform.Name, Status = PlatformStatus.Unavailable,
                    Reason = $"{lost.Message}; its remaining launches wait for the run to be resumed",
                });
            }

            run.Progress($"{lost.Message}: its remaining launches wait for the run to be resumed; the other machines go on");
        }
    }

    private static async Task RunPlanAsync(RunContext run, Suite suite, IReadOnlyList<PlatformDefinition> platforms, JournalFile journal,
        Dictionary<LaunchKey, LaunchRecord> journaled, Dictionary<LaunchKey, int> lastAttempt, Dictionary<CellKey, List<IReadOnlyList<long>>> warmByCell,
        CancellationToken cancellation)
    {
        var progress = run.Progress;
        var kinds = suite.Workloads.Select(w => run.KindOf(suite, w.Name)).Distinct().ToList();
        var available = new List<PlatformDefinition>();
        foreach (var platform in platforms)
        {
            var availability = run.Site.Check(platform);
            if (availability.Available && kinds.Select(k => k.Unavailable(platform, suite)).FirstOrDefault(p => p is not null) is { } problem)
            {
                availability = new PlatformAvailability(false, problem, availability.Version);
            }

            journal.Append(new PlatformRecord
            {
                Time = DateTimeOffset.UtcNow, Platform = platform.Name,
                Status = availability.Available ? PlatformStatus.Available : PlatformStatus.Unavailable, Reason = availability.Reason, Version = availability.Version,
            });
            progress($"platform {platform.Name}: {availability.Describe()}{(availability.Version is { } v ? $" ({v})" : "")}");
            if (availability.Available)
            {
                available.Add(platform);
            }
        }

        var plan = RunPlan.Create(suite, available)
            .Where(l => !journaled.TryGetValue(l.Key, out var last) || (last.Status.IsRetried() && last.Attempt < suite.MaxAttempts))
            .ToList();
        if (plan.Count == 0)
        {
            progress("nothing left to measure");
            return;
        }

        // Each platform is started once by each kind it has launches of, before the first of them is measured.
        foreach (var (platform, kind) in plan.Select(l => (l.Platform, run.KindOf(suite, l.Workload))).Distinct().ToList())
        {
            if (plan.Any(l => l.Platform == platform) && await kind.WarmUpAsync(platform, suite, run, cancellation).ConfigureAwait(false) is { } mismatch)
            {
                // Every launch would fail the same way: the platform is unavailable, with the fix.
                journal.Append(new PlatformRecord { Time = DateTimeOffset.UtcNow, Platform = platform.Name, Status = PlatformStatus.Unavailable, Reason = mismatch });
                progress($"platform {platform.Name}: unavailable: {mismatch}");
                plan.RemoveAll(l => l.Platform == platform);
            }
        }

        var inputs = suite.Workloads.Where(w => plan.Any(l => l.Workload == w.Name)).ToDictionary(w => w.Name, w => run.KindOf(suite, w.Name).PrepareInputs(w, suite, run));
        var lanes = Lanes(run, suite, plan.Count);
        if (lanes.Count > 1)
        {
            progress($"counting {lanes.Count} launches at once, one per core (valgrind runs each on one core; unlike a time, a count is not slowed by what runs beside it)");
        }

        var clock = Stopwatch.StartNew();
        var done = 0;
        var (left, running, roots, timeLeft) = (plan.ToList(), new List<PlannedLaunch>(), LaunchOrder.Roots(available), new TimeLeft(lanes.Count, longestFirst: lanes.Count > 1));
        PlannedLaunch? Next()
        {
            lock (warmByCell)
            {
                if (left.Count == 0)
                {
                    return null;
                }

                var i = lanes.Count == 1 ? 0 : LaunchOrder.Next(left, roots, PerInvocation);
                var launch = left[i];
                left.RemoveAt(i);
                running.Add(launch);
                return launch;
            }
        }

        // Records a launch's time; about how long the rest will take, or null.
        TimeSpan? Finished(PlannedLaunch launch, TimeSpan took)
        {
            lock (warmByCell)
            {
                running.Remove(launch);
                timeLeft.Finished(launch.Platform.Name, took);
                return timeLeft.For(left.Concat(running).Select(l => l.Platform.Name));
            }
        }

        // The most counted per invocation for a workload on any platform so far (under the lock of warmByCell).
        long? PerInvocation(string workload) =>
            warmByCell.Where(c => c.Key.Workload == workload).SelectMany(c => c.Value).SelectMany(samples => samples).Select(n => (long?)n).Max();

        async Task LaneAsync(RunContext lane)
        {
            var runner = new LaunchRunner(lane, journal, inputs);
            while (Next() is { } launch)
            {
                var firstAttempt = lastAttempt.GetValueOrDefault(launch.Key) + 1;
                var cell = launch.Cell;
                IReadOnlyList<IReadOnlyList<long>> earlier;
                lock (warmByCell)
                {
                    earlier = warmByCell.GetValueOrDefault(cell)?.ToList() ?? [];
                }

                var started = clock.Elapsed;
                var result = await runner.RunAsync(launch, suite, firstAttempt, earlier, cancellation).ConfigureAwait(false);
                var rest = Finished(launch, clock.Elapsed - started);
                if (result.Status == CellStatus.Ok && result.WarmNs is { Count: > 0 } warm)
                {
                    lock (warmByCell)
                    {
                        (warmByCell.TryGetValue(cell, out var list) ? list : warmByCell[cell] = []).Add(warm);
                    }
                }

                var finished = Interlocked.Increment(ref done);
                progress($"[{finished}/{plan.Count}] {launch.Platform.Name} · {launch.Workload} · round {launch.Round + 1}: {Summarise(result, suite.Measure)} · {Clock(clock.Elapsed)} elapsed"
                    + (finished < plan.Count && rest is { } about ? $", about {Clock(about)} left" : ""));
            }
        }

        await Task.WhenAll(lanes.Select(lane => Task.Run(() => LaneAsync(lane), CancellationToken.None))).ConfigureAwait(false);
    }

    /// <summary>
    /// The lanes the plan's launches run in: one for time, whose launches must not disturb each other; for a count, one per
    /// core (<see cref="InstructionCount.Lanes"/>) where the machine's launcher can run launches side by side, each lane with
    /// its own launcher so that it ends only what its own launches leave behind.
    /// </summary>
    private static List<RunContext> Lanes(RunContext run, Suite suite, int launches)
    {
        var lanes = new List<RunContext> { run };
        for (var n = 2; suite.Measure == MeasureKind.Instructions && n <= Math.Min(InstructionCount.Lanes, launches) && run.Site.Launcher.Lane(n) is { } launcher; n++)
        {
            lanes.Add(run.On(run.Site with { Launcher = launcher }, run.Progress));
        }

        return lanes;
    }

    /// <summary>Minutes and seconds, the minutes not wrapping at an hour: 62:05.</summary>
    internal static string Clock(TimeSpan time) => $"{(int)time.TotalMinutes}:{time.Seconds:00}";

    /// <summary>A median on a progress line: milliseconds, or millions of host instructions for a count.</summary>
    private static string Amount(long? value, MeasureKind? measure) => $"{value / 1e6:0.0} {(measure == MeasureKind.Instructions ? "M instr." : "ms")}";

    private static string Summarise(LaunchResult result, MeasureKind? measure)
    {
        var retries = result.Attempts > 1 ? $" after {result.Attempts} attempts" : "";
        var leftBehind = result.LeftBehind is { Count: > 0 } names ? $" (ended what it left running: {string.Join(", ", names)})" : "";
        return (result.Status == CellStatus.Ok
            ? result.StartUpNs is { } ready ? $"ok{retries}, ready in {Amount(ready, measure)}" : $"ok{retries}, {Counted.Of(result.WarmSamples, "sample", "samples")}{(result.TargetReached ? " (precision target met)" : "")}, median {Amount(result.WarmMedianNs, measure)}"
            : $"{Words.Of(result.Status)}{retries}: {result.Error}") + leftBehind;
    }
}
