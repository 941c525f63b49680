namespace BenchHarness.Core.Analysis;

/// <summary>
/// The smallest change a ratio's launches would detect with the given power, exp((t₁₋α/₂ + t_power)·SE) − 1 on the
/// log ratio's error and degrees of freedom (the usual power approximation for a t test: Cohen, "Statistical Power
/// Analysis for the Behavioral Sciences", 2nd ed., 1988, ch. 2), and the launches that would bring it down to a
/// threshold θ, k·(ln(1 + that) ÷ ln(1 + θ))², since the error falls as 1/√k.
/// </summary>
public static class DetectableChange
{
    /// <summary>The detectable change as a share (0.12 = 12%) and the launches needed for θ, null when these already suffice.</summary>
    public static (double Detectable, int? LaunchesNeeded) Of(RatioEstimate ratio, double logStandardError, double alpha, double power, double threshold)
    {
        var detectable = Math.Exp((PerfolizerMethods.TwoSidedQuantile(1 - alpha, ratio.DegreesOfFreedom) + PerfolizerMethods.TwoSidedQuantile((2 * power) - 1, ratio.DegreesOfFreedom)) * logStandardError) - 1;
        var needed = (int)Math.Ceiling(ratio.Rounds * Math.Pow(Math.Log(1 + detectable) / Math.Log(1 + threshold), 2));
        return (detectable, needed > ratio.Rounds ? needed : null);
    }
}
