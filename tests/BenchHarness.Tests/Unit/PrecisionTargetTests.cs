using BenchHarness.Core.Runner;

namespace BenchHarness.Tests.Unit;

/// <summary>When a launch may stop sampling: on its own median's precision, never on the cell's pooled samples.</summary>
public sealed class PrecisionTargetTests
{
    [Fact]
    public void Earlier_launches_do_not_make_this_launch_precise()
    {
        // Two earlier launches of three identical samples: pooled with them, three noisy samples of this launch
        // would look precise (a ±0.3% interval); on their own, 1.00, 1.10, 0.90 ms are nowhere near ±2%.
        IReadOnlyList<IReadOnlyList<long>> earlier = [[1_000_000, 1_000_000, 1_000_000], [1_000_000, 1_000_000, 1_000_000]];
        var target = new PrecisionTarget(0.02, earlier);

        Assert.False(target.Add(1_000_000));
        Assert.False(target.Add(1_100_000));
        Assert.False(target.Add(900_000));
        Assert.False(target.Reached);
    }

    [Fact]
    public void A_launch_stops_once_its_own_median_is_precise_but_not_before_the_earlier_launches_count()
    {
        IReadOnlyList<IReadOnlyList<long>> earlier = [[1, 2, 3, 4, 5]];
        var target = new PrecisionTarget(0.02, earlier);

        var stops = Enumerable.Range(0, 5).Select(i => target.Add(1_000_000 + i)).ToList();

        Assert.Equal([false, false, false, false, true], stops);
    }
}
