using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// What a user would notice: each action's time on the baseline and on the platform, and the actions that cross
/// the three limits of response time under emulation but not natively — 0.1 s (feels instantaneous), 1 s (the
/// flow of thought stays uninterrupted), 10 s (attention is kept) — from Card, Robertson &amp; Mackinlay, "The
/// information visualizer", CHI 1991, and Nielsen, <i>Usability Engineering</i>, 1993, ch. 5. A crossing is counted
/// only when it is beyond the noise: the whole interval of the baseline's time under the limit and the whole interval
/// of the platform's at or over it. Where only the medians cross, the action is near the limit and not counted.
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

    /// <summary>An action's time: its median and 95% interval, in nanoseconds (no bounds: the cell has no interval).</summary>
    public sealed record Time(double MedianNs, double? LowerNs, double? UpperNs)
    {
        /// <summary>
        /// A cell's time: its warm median, with the wider of the samples' Maritz-Jarrett interval and the launches' precision
        /// (the median divided and multiplied by 1 + <see cref="CellResult.LaunchPrecision"/>: between fresh processes); null
        /// unless the cell is ok.
        /// </summary>
        public static Time? Of(CellResult? cell)
        {
            if (cell is not { Status: CellStatus.Ok, MedianNs: { } median })
            {
                return null;
            }

            var (lower, upper) = cell.LaunchPrecision is { } p ? (median / (1 + p), median * (1 + p)) : ((double?)null, (double?)null);
            return new Time(median, Min(cell.CiLowerNs, lower), Max(cell.CiUpperNs, upper));
        }

        private static double? Min(double? a, double? b) => a is { } x && b is { } y ? Math.Min(x, y) : a ?? b;

        private static double? Max(double? a, double? b) => a is { } x && b is { } y ? Math.Max(x, y) : a ?? b;
    }

    /// <summary>One action: the two times (null when that cell has none), their statuses, and the run's ratio for it (the paired estimate of the comparison, not the quotient of the two medians).</summary>
    public sealed record Action(string Workload, Time? Baseline, Time? Platform, CellStatus? BaselineStatus, CellStatus? PlatformStatus, double? Ratio,
        double? RatioLower = null, double? RatioUpper = null)
    {
        /// <summary>
        /// The quotient of the two medians lies outside the ratio's 95% interval: the medians pool every process's samples,
        /// the ratio pairs the processes round by round, and the processes differed between rounds.
        /// </summary>
        public bool MediansDisagree => BaselineNs is { } b && PlatformNs is { } p && RatioLower is { } l && RatioUpper is { } u && (p / b < l || p / b > u);

        public double? BaselineNs => Baseline?.MedianNs;

        public double? PlatformNs => Platform?.MedianNs;

        /// <summary>
        /// The highest limit this action now crosses beyond the noise (the baseline's interval under it, the platform's at or
        /// over it): each action counts once.
        /// </summary>
        public Limit? Crossed => Baseline is { UpperNs: { } b } && Platform is { LowerNs: { } p } ? Limits.LastOrDefault(l => b < l.Seconds * 1e9 && p >= l.Seconds * 1e9) : null;

        /// <summary>
        /// A higher limit that the medians cross but the intervals do not clear (or a time has no interval): the action is
        /// near that limit, and it is not counted.
        /// </summary>
        public Limit? Near => BaselineNs is { } b && PlatformNs is { } p
            && Limits.LastOrDefault(l => b < l.Seconds * 1e9 && p >= l.Seconds * 1e9) is { } medians && medians != Crossed ? medians : null;

        /// <summary>The table's entry: "1 s limit", "near 1 s limit", "0.1 s limit, near 1 s", or nothing.</summary>
        public string Entry => (Crossed, Near) switch
        {
            ({ } c, { } n) => $"{Format.Seconds(c.Seconds)} limit, near {Format.Seconds(n.Seconds)}",
            ({ } c, null) => $"{Format.Seconds(c.Seconds)} limit",
            (null, { } n) => $"near {Format.Seconds(n.Seconds)} limit",
            _ => "",
        };
    }

    /// <summary>Every workload of the suite for one platform against what it is compared with, in the suite's order.</summary>
    public static IReadOnlyList<Action> Of(RunResult result, string platform, string baseline) =>
        result.Suite.Weights.Keys.Select(w => (Workload: w, Base: result.Cell(baseline, w), Mine: result.Cell(platform, w)))
            .Where(a => a.Base is not null || a.Mine is not null)
            .Select(a => (a.Workload, a.Base, a.Mine, Comparison: result.Comparisons.FirstOrDefault(c => c.Platform == platform && c.Baseline == baseline && c.Workload == a.Workload)))
            .Select(a => new Action(a.Workload, Time.Of(a.Base), Time.Of(a.Mine), a.Base?.Status, a.Mine?.Status, a.Comparison?.Ratio, a.Comparison?.CiLower, a.Comparison?.CiUpper))
            .ToList();

    /// <summary>
    /// "4 actions that felt instant (under 0.1 s) natively now make the user wait; 1 …", or that none crossed a limit,
    /// and how many are near a limit and not counted.
    /// </summary>
    public static string Sentence(IReadOnlyList<Action> actions)
    {
        var crossings = Limits.Select(l => (Limit: l, Count: actions.Count(a => a.Crossed == l))).Where(c => c.Count > 0).ToList();
        var timed = actions.Count(a => a.BaselineNs is not null && a.PlatformNs is not null);
        var near = actions.Where(a => a.Near is not null).ToList();
        var nearText = near.Count == 0 ? ""
            : $" Near a limit, within the noise, and not counted: {string.Join(", ", near.Select(a => $"{a.Workload} ({Format.Seconds(a.Near!.Seconds)})"))}.";
        return (crossings.Count == 0
            ? $"None of its {timed} timed actions crosses a response-time limit (0.1 s, 1 s, 10 s) that it stayed under natively, beyond the noise."
            : string.Join("; ", crossings.Select(c => c.Count == 1 ? $"1 action that {c.Limit.Before} natively {c.Limit.NowOne}" : $"{c.Count} actions that {c.Limit.Before} natively {c.Limit.NowMany}"))
              + $" (of {timed} timed actions, each beyond the noise).") + nearText;
    }
}
