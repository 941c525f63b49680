using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Compare;

/// <summary>
/// What a gate decides on: the fewest launches per side, and whether a timed row's t bound must be confirmed by the
/// rounds' sign-flip test (<see cref="SignFlipTest.OneSidedPValue"/>) before it is called slower, faster or within.
/// </summary>
/// <param name="MinimumRounds">Launches per side below which a row is undecided, whatever its interval.</param>
/// <param name="SignFlip">Whether each decision also needs the distribution-free test of the rounds' log ratios.</param>
public sealed record GateRule(int MinimumRounds, bool SignFlip)
{
    /// <summary>
    /// A candidate against its reference, round by round. <b>Time</b>: Student's t over the rounds assumes their log ratios
    /// are roughly normal, and this machine's are not: its clock switches between two speeds about 1.4× apart for seconds,
    /// so a round's ratio is near 1, near 1.4 or near 1/1.4 as the state changes between the two launches or not, and three
    /// rounds that happen to catch the candidate slow and the reference fast give a tight t interval around 1.4× (CI of
    /// 2026-12-03: an identical build called 39% slower, [1.18× – 1.64×], at three launches). So every timed decision
    /// also needs the sign-flip test, exact whatever the noise's shape, which cannot go below 1/2ᵏ: five launches
    /// at least (1/32 ≤ 0.05), more where Holm's level over many rows or a bisect's share of α is smaller.
    /// <b>Host instructions</b>: counted exactly (1e-8 between launches here), so two launches show the spread and the t
    /// bound over them is decided alone.
    /// </summary>
    public static GateRule Paired(MeasureKind? measure) =>
        measure == MeasureKind.Instructions ? new(2, SignFlip: false) : new(SignFlipTest.RoundsToReach(Gate.Alpha), SignFlip: true);

    /// <summary>Two runs, the run as the unit: the change is judged against the A/A runs' variance; there are no rounds to flip.</summary>
    public static GateRule Runs { get; } = new(ComparisonVerdict.MinimumRounds, SignFlip: false);
}
