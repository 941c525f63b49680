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
    /// of the reference year's: walk back through the periods, dividing by each year's growth. A slowdown below 1
    /// gives negative years (at the latest period's rate). Beyond the oldest period, the oldest rate continues.
    /// </summary>
    public double YearsLost(double slowdown)
    {
        if (!(slowdown > 0) || !double.IsFinite(slowdown))
        {
            throw new ArgumentOutOfRangeException(nameof(slowdown), slowdown, "A slowdown is a positive ratio.");
        }

        var remaining = Math.Log(slowdown);
        if (remaining <= 0)
        {
            return remaining / Math.Log(1 + Periods[^1].Growth);
        }

        var years = 0.0;
        foreach (var period in Periods.Reverse())
        {
            var perYear = Math.Log(1 + period.Growth);
            var length = period.To - period.From;
            if (remaining <= perYear * length)
            {
                return years + (remaining / perYear);
            }

            remaining -= perYear * length;
            years += length;
        }

        return years + (remaining / Math.Log(1 + Periods[0].Growth));
    }
}

public sealed record ProgressPeriod(int From, int To, double Growth);
