using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Compare;

/// <summary>What a gate row is decided from: the two cells' statuses and, when both are ok, the ratio with its error.</summary>
public sealed record GateEvidence(string Platform, string Reference, string Workload, CellStatus ReferenceStatus, CellStatus CandidateStatus, RatioEstimate? Ratio);

/// <summary>
/// The regression gate, over every row at once, with threshold θ (0.05 = 5%):
/// <list type="number">
/// <item><b>broken</b> — the reference was ok and the candidate is not (crashed, timed out, incorrect, or missing):
/// a regression whatever the timings;</item>
/// <item>fewer than three fresh processes per side: <b>unknown</b> (see <see cref="ComparisonVerdict.MinimumRounds"/>);</item>
/// <item><b>slower</b> — the test of "ratio = 1", adjusted over every row of the gate (Benjamini-Hochberg), rejects at
/// α = 0.05 and the ratio exceeds 1 + θ: a regression; <b>faster</b> likewise below 1/(1 + θ);</item>
/// <item><b>same</b> — the ratio's 90% interval lies within [1/(1 + θ), 1 + θ] (two one-sided tests at α = 0.05;
/// Schuirmann 1987);</item>
/// <item>otherwise <b>unknown</b>, with the smallest change these launches would detect with 80% power and the
/// launches that would bring it down to θ (<see cref="DetectableChange"/>).</item>
/// </list>
/// </summary>
public static class Gate
{
    public const double Alpha = ComparisonVerdict.Alpha;
    public const double Power = 0.80;

    public static IReadOnlyList<GateRow> Decide(IReadOnlyList<GateEvidence> evidence, double threshold)
    {
        var adjusted = FalseDiscoveryRate.Adjust(evidence.Select(e => e.Ratio?.PValue).ToList());
        return evidence.Select((e, i) => Decide(e, adjusted[i], threshold)).ToList();
    }

    private static GateRow Decide(GateEvidence e, double? adjusted, double threshold)
    {
        var row = new GateRow
        {
            Platform = e.Platform, Reference = e.Reference, Workload = e.Workload, ReferenceStatus = e.ReferenceStatus, CandidateStatus = e.CandidateStatus,
            Ratio = e.Ratio?.Value, CiLower = e.Ratio?.Lower, CiUpper = e.Ratio?.Upper, AdjustedPValue = adjusted, Launches = e.Ratio?.Rounds ?? 0,
            Verdict = GateVerdict.Unknown,
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

        if (e.Ratio is not { LogStandardError: { } error } ratio || ratio.Interval(1 - (2 * Alpha)) is not var (lower90, upper90))
        {
            return row with { Reason = "too few samples for an interval" };
        }

        if (ratio.Rounds < ComparisonVerdict.MinimumRounds)
        {
            return row with { Reason = $"{ratio.Rounds} fresh process(es) per side: a verdict needs {ComparisonVerdict.MinimumRounds}" };
        }

        var significant = adjusted < Alpha;
        if (significant && ratio.Value > 1 + threshold)
        {
            return row with { Verdict = GateVerdict.Slower, Reason = $"{Percent.Brief(ratio.Value - 1)} slower, beyond the {Percent.Brief(threshold)} threshold" };
        }

        if (significant && ratio.Value < 1 / (1 + threshold))
        {
            return row with { Verdict = GateVerdict.Faster };
        }

        if (lower90 >= 1 / (1 + threshold) && upper90 <= 1 + threshold)
        {
            return row with { Verdict = GateVerdict.Same };
        }

        var (detectable, needed) = DetectableChange.Of(ratio, error, Alpha, Power, threshold);
        return row with
        {
            Detectable = detectable,
            LaunchesNeeded = needed,
            Reason = significant
                ? $"significantly {(ratio.Value > 1 ? "slower" : "faster")} by {Percent.Brief(Math.Abs(ratio.Value - 1))}, within the threshold as measured, but its interval reaches beyond it"
                : $"too noisy: {ratio.Rounds} launches would detect about {Percent.Brief(detectable)}" + (needed is { } n ? $"; about {n} would detect {Percent.Brief(threshold)}" : ""),
        };
    }
}
