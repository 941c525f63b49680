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
        Periods = [new(2003, 2011, 0.23), new(2011, 2015, 0.12), new(2015, 2025, 0.035)],
    };

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1.035 * 1.035, 2)]                                            // two years at 3.5%
    [InlineData(1.4105987606, 10)]                                             // 1.035^10: back to 2015
    [InlineData(1.4105987606 * 1.12 * 1.12, 12)]                               // and two years at 12%
    [InlineData(1.4105987606 * 1.57351936 * 1.23, 15)]                         // 1.12^4, then one year at 23%
    [InlineData(1 / 1.035, -1)]                                                // faster: a year ahead at the latest rate
    public void Years_lost_walk_back_through_the_periods(double slowdown, double years) =>
        Assert.Equal(years, Table.YearsLost(slowdown), 6);

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
    }

    [Fact]
    public void A_table_with_a_gap_is_bad_input()
    {
        var path = Path.Combine(Fakes.TestData.TempDirectory(), "gap.json");
        File.WriteAllText(path, """{"name":"g","source":"s","referenceYear":2020,"periods":[{"from":2000,"to":2010,"growth":0.2},{"from":2011,"to":2020,"growth":0.1}]}""");

        var error = Assert.Throws<BadInputException>(() => ProgressTableLoader.Load(path, ProjectLayout.Discover()));
        Assert.Contains("gaps", error.Message);
    }
}
