namespace BenchHarness.Core.Analysis;

/// <summary>
/// The smallest change a ratio's launches would detect: with a two-sided test at <c>alpha</c> and the given power, the
/// change in log ratio is (t(1 − α/2) + t(power)) × its standard error, on the ratio's degrees of freedom (the power of
/// a t test: Cohen, "Statistical Power Analysis for the Behavioral Sciences", 2nd ed., 1988, ch. 2).
/// </summary>
public static class DetectableChange
{
    /// <summary>The detectable change as a fraction (0.05 = 5%) for a ratio whose log has standard error <paramref name="logStandardError"/>.</summary>
    public static double Of(double logStandardError, double? degreesOfFreedom, double alpha, double power) =>
        Math.Exp((PerfolizerMethods.TwoSidedQuantile(1 - alpha, degreesOfFreedom) + PerfolizerMethods.TwoSidedQuantile((2 * power) - 1, degreesOfFreedom)) * logStandardError) - 1;
}
