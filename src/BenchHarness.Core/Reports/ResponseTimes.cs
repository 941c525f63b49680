using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// What a user would notice: each action's time on the baseline and on the platform, and the actions that cross
/// the three limits of response time under emulation but not natively — 0.1 s (feels instantaneous), 1 s (the
/// flow of thought stays uninterrupted), 10 s (attention is kept) — from Card, Robertson &amp; Mackinlay, "The
/// information visualizer", CHI 1991, and Nielsen, <i>Usability Engineering</i>, 1993, ch. 5.
/// </summary>
public static class ResponseTimes
{
    /// <summary>A limit, what an action under it did for the user, and what it does now (said of one action, and of several).</summary>
    public sealed record Limit(double Seconds, string Before, string NowOne, string NowMany);

    public static IReadOnlyList<Limit> Limits { get; } =
    [
        new(0.1, "felt instant (under 0.1 s)", "now makes the user wait", "now make the user wait"),
        new(1, "kept the user's flow of thought (under 1 s)", "now interrupts it", "now interrupt it"),
        new(10, "held the user's attention (under 10 s)", "now loses it", "now lose it"),
    ];

    /// <summary>One action: the two medians (null when that cell has none), their statuses, and the run's ratio for it (the paired estimate of the comparison, not the quotient of the two medians).</summary>
    public sealed record Action(string Workload, double? BaselineNs, double? PlatformNs, CellStatus? BaselineStatus, CellStatus? PlatformStatus, double? Ratio)
    {
        /// <summary>The highest limit this action now crosses (under it on the baseline, at or over it on the platform): each action counts once.</summary>
        public Limit? Crossed => BaselineNs is { } b && PlatformNs is { } p ? Limits.LastOrDefault(l => b < l.Seconds * 1e9 && p >= l.Seconds * 1e9) : null;
    }

    /// <summary>Every workload of the suite for one platform against what it is compared with, in the suite's order.</summary>
    public static IReadOnlyList<Action> Of(RunResult result, string platform, string baseline) =>
        result.Suite.Weights.Keys.Select(w => (Workload: w, Base: result.Cell(baseline, w), Mine: result.Cell(platform, w)))
            .Where(a => a.Base is not null || a.Mine is not null)
            .Select(a => new Action(a.Workload, Ok(a.Base), Ok(a.Mine), a.Base?.Status, a.Mine?.Status,
                result.Comparisons.FirstOrDefault(c => c.Platform == platform && c.Baseline == baseline && c.Workload == a.Workload)?.Ratio))
            .ToList();

    /// <summary>"4 actions that felt instant (under 0.1 s) natively now make the user wait; 1 …", or that none crossed a limit.</summary>
    public static string Sentence(IReadOnlyList<Action> actions)
    {
        var crossings = Limits.Select(l => (Limit: l, Count: actions.Count(a => a.Crossed == l))).Where(c => c.Count > 0).ToList();
        var timed = actions.Count(a => a.BaselineNs is not null && a.PlatformNs is not null);
        return crossings.Count == 0
            ? $"None of its {timed} timed actions crosses a response-time limit (0.1 s, 1 s, 10 s) that it stayed under natively."
            : string.Join("; ", crossings.Select(c => c.Count == 1 ? $"1 action that {c.Limit.Before} natively {c.Limit.NowOne}" : $"{c.Count} actions that {c.Limit.Before} natively {c.Limit.NowMany}"))
              + $" (of {timed} timed actions).";
    }

    private static double? Ok(CellResult? cell) => cell is { Status: CellStatus.Ok } ? cell.MedianNs : null;
}
