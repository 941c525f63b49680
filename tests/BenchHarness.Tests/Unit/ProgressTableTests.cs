using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

public sealed class ProgressTableTests
{
    private static readonly ProgressTable Table = new()
    {
        Name = "test",
        Source = "hand-made",
        ReferenceYear = 2025,
        Periods = [new(2003, 2011, 0.23), new(2011, 2015, 0.12), new(2015, 2025, 0.035, 0.02, 0.05)],
    };

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1.035 * 1.035, 2)]                                            // two years at 3.5%
    [InlineData(1.4105987606, 10)]                                             // 1.035^10: back to 2015
    [InlineData(1.4105987606 * 1.12 * 1.12, 12)]                               // and two years at 12%
    [InlineData(1.4105987606 * 1.57351936 * 1.23, 15)]                         // 1.12^4, then one year at 23%
    [InlineData(1 / 1.035, 0)]                                                 // faster: no years lost, never negative
    [InlineData(0.5, 0)]
    public void Years_lost_walk_back_through_the_periods(double slowdown, double years) =>
        Assert.Equal(years, Table.YearsLost(slowdown), 6);

    [Fact]
    public void A_plausible_range_of_growth_gives_a_range_of_years()
    {
        // 1.035^10 is ten years at 3.5%. At 5% a year: ln 1.4105988 / ln 1.05 = 7.0509 years. At 2%: ten years give
        // 1.02^10 = 1.2189944, the remaining 1.4105988 / 1.2189944 = 1.1571818 at 12%: 1.2882 years more, 11.2882.
        Assert.Equal(7.0509, Table.YearsLost(1.4105987606, GrowthAssumption.Fast), 4);
        Assert.Equal(11.2882, Table.YearsLost(1.4105987606, GrowthAssumption.Slow), 4);
    }

    [Fact]
    public void Beyond_the_oldest_period_its_rate_continues() =>
        Assert.Equal(22 + 1, Table.YearsLost(1.4105987606 * 1.57351936 * Math.Pow(1.23, 9)), 6);

    [Fact]
    public void The_shipped_table_is_valid_and_says_where_it_comes_from()
    {
        var table = ProgressTableLoader.Load(ProgressTableLoader.Default, ProjectLayout.Discover());

        Assert.Contains("Hennessy", table.Source);
        Assert.Equal(table.ReferenceYear, table.Periods[^1].To);
        Assert.InRange(table.YearsLost(7), 10, 30);
        Assert.True(table.YearsLost(7, GrowthAssumption.Fast) < table.YearsLost(7) && table.YearsLost(7) < table.YearsLost(7, GrowthAssumption.Slow));
    }

    [Fact]
    public void A_table_with_a_gap_is_bad_input()
    {
        var path = Path.Combine(Fakes.TestData.TempDirectory(), "gap.json");
        File.WriteAllText(path, """{"name":"g","source":"s","referenceYear":2020,"periods":[{"from":2000,"to":2010,"growth":0.2},{"from":2011,"to":2020,"growth":0.1}]}""");

        var error = Assert.Throws<BadInputException>(() => ProgressTableLoader.Load(path, ProjectLayout.Discover()));
        Assert.Equal((BadInputKind.BadDefinition, path), (error.Kind, error.Subject));
        Assert.Contains("gaps", error.Message);
    }
}
