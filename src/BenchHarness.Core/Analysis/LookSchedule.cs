namespace BenchHarness.Core.Analysis;

/// <summary>
/// When a pair of builds is looked at again: after every <see cref="Batch"/> launches per build, up to <see cref="Budget"/>,
/// so at most <see cref="Looks"/> looks, each gated at <see cref="AlphaPerLook"/> = α ÷ <see cref="Looks"/>. A gate re-run
/// on growing data until it decides has more chances to err than one gate: at α each, five looks at an unchanged build
/// call it a regression about 14% of the time, not 5% (Armitage, McPherson and Rowe, "Repeated significance tests on
/// accumulating data", J. R. Statist. Soc. A 132(2), 1969). Splitting α evenly over the planned looks (Bonferroni) bounds
/// the chance of any wrong decision over all of them by α, whatever the dependence between the looks; it is conservative
/// against the group-sequential boundaries that account for the looks' correlation (Pocock, "Group sequential methods in
/// the design and analysis of clinical trials", Biometrika 64(2), 1977; Jennison and Turnbull, "Group Sequential Methods
/// with Applications to Clinical Trials", Chapman &amp; Hall/CRC, 2000), so a decision may need a little more data than
/// it would there, never less.
/// </summary>
public sealed record LookSchedule
{
    private LookSchedule(int batch, int budget, double alpha) => (Batch, Budget, Alpha) = (batch, budget, alpha);

    /// <summary>Launches per build added at each look (the first look included).</summary>
    public int Batch { get; }

    /// <summary>The most launches per build a pair is given.</summary>
    public int Budget { get; }

    /// <summary>The error rate over every look at one pair.</summary>
    public double Alpha { get; }

    public int Looks => (Budget + Batch - 1) / Batch;

    public double AlphaPerLook => Alpha / Looks;

    /// <summary>
    /// Looks every <paramref name="batch"/> launches (at least <paramref name="fewest"/>, the fewest a gate decides on, and
    /// at most the budget) up to <paramref name="budget"/>. With <paramref name="signFlip"/> (a timed gate, whose every
    /// decision needs the rounds' sign-flip test, <see cref="SignFlipTest"/>) the batch grows further until the first look
    /// can decide at its share of α: k rounds cannot go below 1/2ᵏ, so five launches, at α ÷ 3 = 0.0167, could never
    /// decide, and such a look would spend its share of α and its launches for nothing. A budget of 12 then looks at 6 and
    /// 12 (α ÷ 2 each), one of 24 at 7, 14, 21 and 24 (α ÷ 4).
    /// </summary>
    public static LookSchedule Of(int batch, int budget, double alpha, int fewest, bool signFlip = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, fewest);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alpha);
        var first = Math.Min(Math.Max(batch, fewest), budget);
        while (signFlip && first < budget && SignFlipTest.RoundsToReach(new LookSchedule(first, budget, alpha).AlphaPerLook) > first)
        {
            first++;
        }

        return new LookSchedule(first, budget, alpha);
    }

    /// <summary>Launches per build at look <paramref name="look"/> (1, 2 …).</summary>
    public int LaunchesAt(int look) => Math.Min(look * Batch, Budget);
}
