using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Bisect;

/// <summary>What the search asks for: build <see cref="BuildPair.Build"/> against the good build, at this many launches per build (the first look of a step starts its run; a later one adds launches to it), gated at <paramref name="Alpha"/>.</summary>
public sealed record LookRequest(int Step, BuildPair Pair, int Look, int Launches, double Alpha);

/// <summary>
/// The search for the first bad build of an ordered list whose first build is good and whose last is bad, as asv's
/// <c>find</c> (airspeed velocity), Chromium's Pinpoint and the Phoronix Test Suite's git bisect search theirs: the last
/// build is measured first, to show that it is bad, then the midpoint of the good and bad builds known, halving the range,
/// so that of n builds about log₂ n are measured. Each build is measured against the first build (the good reference: a
/// build is bad when the gate calls it slower than the first by more than the threshold; against the last good one
/// instead, a slow drift of small steps would never be bad), in one run, paired round by round, and looked at after every
/// batch of launches until the gate decides or the budget is spent (<see cref="Analysis.LookSchedule"/>). A pair left
/// undecided ends the search, naming it; a last build shown not bad ends it before it starts.
/// </summary>
/// <param name="measure">Runs or extends the pair's run to the launches asked for and gates it.</param>
public sealed class BisectSearch(Func<LookRequest, CancellationToken, Task<BisectLook>> measure, Action<string> progress)
{
    public async Task<BisectResult> RunAsync(IReadOnlyList<BisectBuild> builds, BisectSettings settings, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(builds.Count, 3);
        var steps = new List<BisectStep>();
        var schedule = settings.Schedule;
        async Task<GateOutcome> Judge(int build)
        {
            var step = steps.Count + 1;
            var pair = new BuildPair(1, build);
            var looks = new List<BisectLook>();
            for (var look = 1; look <= schedule.Looks && looks.LastOrDefault()?.Verdict is null or GateOutcome.Undecided; look++)
            {
                var launches = schedule.LaunchesAt(look);
                progress($"step {step}: build {build} ({builds[build - 1].Spec}) against build 1, look {look} of {schedule.Looks}: {Counted.Of(launches, "launch", "launches")} per build, α {schedule.AlphaPerLook:0.####} …");
                var result = await measure(new LookRequest(step, pair, look, launches, schedule.AlphaPerLook), cancellation).ConfigureAwait(false);
                looks.Add(result);
                progress($"step {step}: build {build} against build 1 at {Counted.Of(result.Launches, "launch", "launches")}: {Describe(result)}");
            }

            steps.Add(new BisectStep(step, pair, looks) { Folder = settings.Directory is { } d ? Path.Combine(d, BisectStep.FolderName(step)) : null });
            return looks[^1].Verdict;
        }

        BisectResult Result(BisectOutcome outcome, int? firstBad = null, BuildPair? undecided = null)
        {
            var measured = steps.GroupBy(s => s.Pair.Build).ToDictionary(g => g.Key, g => g.Last().Step);
            var numbered = builds.Select(b => b with { Step = measured.TryGetValue(b.Number, out var s) ? s : null }).ToList();
            return new BisectResult
            {
                Platform = settings.Platform, Workload = settings.Workload, Suite = settings.Suite, Builds = numbered, Steps = steps, Outcome = outcome,
                FirstBad = firstBad is { } bad ? numbered[bad - 1] : null, UndecidedPair = undecided,
                Budget = schedule.Budget, Batch = schedule.Batch, Looks = schedule.Looks, Threshold = settings.Threshold, Alpha = schedule.Alpha, AlphaPerLook = schedule.AlphaPerLook,
            };
        }

        var (good, bad) = (1, builds.Count);
        switch (await Judge(bad).ConfigureAwait(false))
        {
            case GateOutcome.Pass:
                return Result(BisectOutcome.NotReproduced);
            case GateOutcome.Undecided:
                return Result(BisectOutcome.Undecided, undecided: new BuildPair(1, bad));
        }

        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            switch (await Judge(middle).ConfigureAwait(false))
            {
                case GateOutcome.Regression:
                    bad = middle;
                    break;
                case GateOutcome.Pass:
                    good = middle;
                    break;
                default:
                    return Result(BisectOutcome.Undecided, undecided: new BuildPair(1, middle));
            }
        }

        return Result(BisectOutcome.Found, firstBad: bad);
    }

    /// <summary>A look in words: the verdict, the row's ratio and one-sided bounds, and why.</summary>
    public static string Describe(BisectLook look)
    {
        var verdict = look.Verdict switch { GateOutcome.Regression => "bad (regression)", GateOutcome.Pass => "good (pass)", _ => "undecided" };
        var interval = look.Ratio is { } r ? $" · {look.Workload} {Number(r)}× [{Number(look.LowerBound)}× – {Number(look.UpperBound)}×]" : look.Workload is null ? "" : $" · {look.Workload}";
        return verdict + interval + (look.Reason is { } why ? $": {why}" : "");
    }

    /// <summary>A look from a pair's gate: its outcome, and the row that decided it (the least favourable of those with the gate's outcome).</summary>
    public static BisectLook LookOf(GateResult gate, int launches)
    {
        var row = gate.Rows.Where(r => r.Outcome == gate.Outcome).MaxBy(r => r.UpperBound ?? double.MaxValue);
        return new BisectLook(launches, gate.Outcome) { Workload = row?.Workload, Ratio = row?.Ratio, LowerBound = row?.LowerBound, UpperBound = row?.UpperBound, Reason = row?.Reason };
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "–";
}
