using BenchHarness.Core.Analysis;

namespace BenchHarness.Tests.Unit;

/// <summary>Fisher's exact test against SciPy 1.10.1's <c>scipy.stats.fisher_exact([[a, n − a], [b, m − b]])</c>, two-sided.</summary>
public sealed class FisherExactTests
{
    [Theory]
    [InlineData(13, 20, 10, 20, 0.523107089291739)]
    [InlineData(0, 64, 9, 64, 0.002889473325005912)]
    [InlineData(3, 136, 0, 136, 0.24723247232472323)]
    [InlineData(5, 8, 0, 8, 0.025641025641025633)]
    [InlineData(1, 100, 1, 100, 1.0)]
    [InlineData(12, 136, 2, 136, 0.010817005368487953)]
    public void Agrees_with_scipy(int failedA, int totalA, int failedB, int totalB, double scipy) =>
        Assert.Equal(scipy, FisherExact.TwoSided(failedA, totalA, failedB, totalB), 1e-9);

    [Fact]
    public void No_failure_on_either_side_is_no_evidence() => Assert.Equal(1.0, FisherExact.TwoSided(0, 136, 0, 136));
}
