using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

public class WordsTests
{
    [Theory]
    [InlineData(0, "after 0 samples")]
    [InlineData(1, "after 1 sample")]
    [InlineData(2, "after 2 samples")]
    [InlineData(1200, "after 1,200 samples")]
    public void A_count_takes_the_singular_for_one(int count, string expected) =>
        Assert.Equal(expected, "after " + Counted.Of(count, "sample", "samples"));

    [Fact]
    public void A_misspelt_name_finds_the_nearest_known_one() =>
        Assert.Equal("default", Words.Nearest("defualt", ["regression", "default", "libreoffice"]));
}
