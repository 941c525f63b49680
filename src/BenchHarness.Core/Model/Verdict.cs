namespace BenchHarness.Core.Model;

/// <summary>What a comparison concludes (see <c>ComparisonVerdict</c> for the rule).</summary>
public enum Verdict
{
    Slower,
    Faster,
    Equivalent,
    Inconclusive,
}
