using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Compare;

/// <summary>
/// What a gate row is decided from: the two cells' statuses and, when both are ok, the ratio with its error; or, when the
/// ratio cannot be judged (two runs without an estimate of how much runs differ), why not.
/// </summary>
public sealed record GateEvidence(string Platform, string Reference, string Workload, CellStatus ReferenceStatus, CellStatus CandidateStatus, RatioEstimate? Ratio)
{
    public string? Undecidable { get; init; }
}

/// <summary>
/// The regression gate, over every row at once, with threshold θ (0.05 = 5%) and a stated true change Δ &gt; θ it should catch:
/// <list type="number">
/// <item><b>broken</b> — the reference was ok and the candidate is not (crashed, timed out, incorrect, or missing): a
/// regression whatever the timings;</item>
/// <item>fewer fresh processes per side than the rule asks (<see cref="GateRule"/>), or no error: <b>undecided</b>;</item>
/// <item>the bound test (<see cref="BoundTest"/>): <b>slower</b> (a regression) when the one-sided lower bound of the ratio,
/// Holm-adjusted over the gate's rows, lies above 1 + θ; <b>faster</b> when the one-sided 95% upper bound lies below
/// 1 ÷ (1 + θ), <b>within</b> when it lies below 1 + θ (both pass) — for time, each also confirmed by the rounds' sign-flip
/// test (<see cref="GateRule.Paired"/>); otherwise <b>undecided</b>, with the smallest change
/// these launches catch with 80% power and the launches that would catch Δ and pass an unchanged build (<see cref="GatePower"/>).</item>
/// </list>
/// The gate regresses when any row does, passes only when every row passes, and is otherwise undecided.
/// </summary>
public static class Gate
{
    public const double Alpha = ComparisonVerdict.Alpha;
    public const double Power = 0.80;

    /// <param name="alpha">The family-wise error rate: <see cref="Alpha"/>, or less where the gate is one of several looks at a pair (bisect spends α over its looks).</param>
    /// <param name="rule">Launches per side a decision needs, and whether the sign-flip test must confirm it (<see cref="GateRule"/>).</param>
    public static IReadOnlyList<GateRow> Decide(IReadOnlyList<GateEvidence> evidence, double threshold, double change, GateRule rule, double alpha = Alpha)
    {
        var judged = evidence.Select(e => Judged(e, rule.MinimumRounds) ? e.Ratio : null).ToList();
        var bounds = BoundTest.Decide(judged, threshold, alpha, rule.SignFlip);
        var rows = judged.Count(r => r is not null);
        return evidence.Select((e, i) => Decide(e, bounds[i], rows, threshold, change, alpha, rule)).ToList();
    }

    private static bool Judged(GateEvidence e, int minimumRounds) =>
        e is { ReferenceStatus: CellStatus.Ok, CandidateStatus: CellStatus.Ok, Undecidable: null, Ratio.LogStandardError: > 0 } && e.Ratio.Rounds >= minimumRounds;

    private static GateRow Decide(GateEvidence e, BoundDecision? bound, int rows, double threshold, double change, double alpha, GateRule rule)
    {
        var row = new GateRow
        {
            Platform = e.Platform, Reference = e.Reference, Workload = e.Workload, ReferenceStatus = e.ReferenceStatus, CandidateStatus = e.CandidateStatus,
            Ratio = e.Ratio?.Value, CiLower = e.Ratio?.Lower, CiUpper = e.Ratio?.Upper, Launches = e.Ratio?.Rounds ?? 0,
            LowerBound = bound?.LowerBound, UpperBound = bound?.UpperBound, PValue = bound?.PValue, Verdict = GateVerdict.Undecided,
        };
        if (e.ReferenceStatus == CellStatus.Ok && e.CandidateStatus != CellStatus.Ok)
        {
            return row with
            {
                Verdict = GateVerdict.Broken,
                Reason = e.CandidateStatus == CellStatus.Unavailable ? "missing: the candidate did not run this workload" : $"newly {Words.Of(e.CandidateStatus)}",
            };
        }

        if (e.ReferenceStatus != CellStatus.Ok)
        {
            return row with
            {
                Reason = e.CandidateStatus == CellStatus.Ok ? $"the reference was {Words.Of(e.ReferenceStatus)}, the candidate is ok" : $"both not ok (reference {Words.Of(e.ReferenceStatus)}, candidate {Words.Of(e.CandidateStatus)})",
            };
        }

        if (e.Undecidable is { } why)
        {
            return row with { Reason = why };
        }

        if (e.Ratio is not { } ratio || bound is null)
        {
            return row with
            {
                Reason = e.Ratio is { Rounds: var k } && k < rule.MinimumRounds ? $"{Counted.Of(k, "fresh process", "fresh processes")} per side: a decision needs {rule.MinimumRounds}"
                    + (rule.SignFlip ? " (without assuming normal noise: the rounds' sign-flip test cannot go below p = 1/2ᵏ)" : "") : "too few samples for an interval",
            };
        }

        var (lower, upper) = (bound.LowerBound, bound.UpperBound);
        return bound.Outcome switch
        {
            BoundOutcome.Above => row with { Verdict = GateVerdict.Slower, Reason = $"{Percent.Brief(ratio.Value - 1)} slower, at least {Percent.Brief(lower - 1)} (Holm lower bound), beyond the {Percent.Brief(threshold)} threshold" },
            BoundOutcome.Below when bound.Faster => row with { Verdict = GateVerdict.Faster, Reason = $"{Percent.Brief(1 - ratio.Value)} faster, at least {Percent.Brief(1 - upper)} (upper bound)" },
            BoundOutcome.Below => row with { Verdict = GateVerdict.Within, Reason = upper > 1 ? $"at most {Percent.Brief(upper - 1)} slower (upper bound)" : "not slower (upper bound below 1×)" },
            _ => Undecided(row, ratio, bound, rows, threshold, change, alpha, rule),
        };
    }

    private static GateRow Undecided(GateRow row, RatioEstimate ratio, BoundDecision bound, int rows, double threshold, double change, double alpha, GateRule rule)
    {
        var error = ratio.LogStandardError!.Value;
        var detectable = GatePower.Detectable(error, ratio.DegreesOfFreedom, rows, alpha, Power, threshold);
        var needed = GatePower.LaunchesNeeded(error, ratio.Rounds, rows, alpha, Power, threshold, change, rule.SignFlip);
        var launches = Counted.Of(ratio.Rounds, "launch", "launches");
        var straddle = row.LowerBound > 1 + threshold && bound.SignFlipAbove > bound.Level
            ? $"its t lower bound lies above {Number(1 + threshold)}×, but the rounds' sign-flip test does not confirm it (p = {Number(bound.SignFlipAbove)} against Holm's {Number(bound.Level)}; "
                + $"{launches} cannot go below {Number(SignFlipTest.SmallestOneSidedPValue(ratio.Rounds))}): the t test alone assumes normal noise, which this machine's two speeds are not"
            : row.LowerBound > 1 + threshold
            ? "its lower bound lies above the threshold, but Holm's step-down stopped at a row with a larger p-value"
            : row.UpperBound < 1 + threshold && bound.SignFlipBelow > alpha
            ? $"its t upper bound lies below {Number(1 + threshold)}×, but the rounds' sign-flip test does not confirm it (p = {Number(bound.SignFlipBelow)} against {Number(alpha)}; "
                + $"{launches} cannot go below {Number(SignFlipTest.SmallestOneSidedPValue(ratio.Rounds))})"
            : $"its bounds [{Number(row.LowerBound)}× – {Number(row.UpperBound)}×] straddle {Number(1 + threshold)}×";
        return row with
        {
            Detectable = detectable,
            LaunchesNeeded = needed,
            Reason = straddle + (needed is { } n
                ? $"; about {n} launches would catch {Percent.Brief(change)} and pass an unchanged build (80% power each)"
                : $"; more than {GatePower.MostLaunches} launches would be needed to catch {Percent.Brief(change)} on this machine"),
        };
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "–";
}
