namespace BenchHarness.Core.Model;

/// <summary>
/// Historical growth of single-thread performance, period by period, used to say how many years of hardware
/// progress a slowdown undoes: "office work takes 7× as long" is the speed of a machine so many years older.
/// </summary>
public sealed record ProgressTable
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Where the growth rates come from.</summary>
    public required string Source { get; init; }

    /// <summary>The year whose machines the baseline stands for; periods must reach it.</summary>
    public required int ReferenceYear { get; init; }

    /// <summary>Consecutive periods, oldest first, each with its yearly growth (0.52 = 52% a year).</summary>
    public required IReadOnlyList<ProgressPeriod> Periods { get; init; }

    /// <summary>
    /// How many years back from <see cref="ReferenceYear"/> single-thread performance was 1/<paramref name="slowdown"/>
    /// of the reference year's: walk back through the periods, dividing by each year's growth (the period's
    /// central rate, or the end of its plausible range that <paramref name="growth"/> names). Never negative: a
    /// slowdown of 1 or less loses no years. Beyond the oldest period, the oldest rate continues.
    /// </summary>
    public double YearsLost(double slowdown, GrowthAssumption growth = GrowthAssumption.Central)
    {
        if (!(slowdown > 0) || !double.IsFinite(slowdown))
        {
            throw new ArgumentOutOfRangeException(nameof(slowdown), slowdown, "A slowdown is a positive ratio.");
        }

        var remaining = Math.Log(slowdown);
        if (remaining <= 0)
        {
            return 0;
        }

        var years = 0.0;
        foreach (var period in Periods.Reverse())
        {
            var perYear = Math.Log(1 + period.Rate(growth));
            var length = period.To - period.From;
            if (remaining <= perYear * length)
            {
                return years + (remaining / perYear);
            }

            remaining -= perYear * length;
            years += length;
        }

        return years + (remaining / Math.Log(1 + Periods[0].Rate(growth)));
    }
}

/// <summary>Which rate of each period's plausible range to read years with.</summary>
public enum GrowthAssumption
{
    /// <summary>The table's own rate.</summary>
    Central,

    /// <summary>The fastest plausible growth: the fewest years for a slowdown.</summary>
    Fast,

    /// <summary>The slowest plausible growth: the most years.</summary>
    Slow,
}

/// <summary>
/// A period of the table: its yearly growth (0.52 = 52% a year) and, where the rate is an assumption rather than a
/// measurement, the plausible range around it (<see cref="GrowthLow"/>–<see cref="GrowthHigh"/>; both default to the rate).
/// </summary>
public sealed record ProgressPeriod(int From, int To, double Growth, double? GrowthLow = null, double? GrowthHigh = null)
{
    public double Rate(GrowthAssumption assumption) => assumption switch
    {
        GrowthAssumption.Fast => GrowthHigh ?? Growth,
        GrowthAssumption.Slow => GrowthLow ?? Growth,
        _ => Growth,
    };
}
