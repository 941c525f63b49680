namespace BenchHarness.Core.Analysis;

/// <summary>
/// The power of the bound test (<see cref="BoundTest"/>) against a threshold θ, for a stated true change Δ &gt; θ, by the usual
/// approximation for one-sided t tests against a margin: a test at level a with n launches and a per-launch log standard
/// deviation s has power ≈ F(√n·|δ|/s − t₁₋ₐ), δ the distance of the truth from the margin on the log scale (Chow, Shao, Wang:
/// "Sample Size Calculations in Clinical Research", 2nd ed., 2008, §3.2 on tests for superiority against a margin; Cohen:
/// "Statistical Power Analysis for the Behavioral Sciences", 2nd ed., 1988, ch. 2). Two powers matter to a gate:
/// <list type="bullet">
/// <item>to <b>catch</b> a true change of Δ: δ = ln(1 + Δ) − ln(1 + θ), at the Bonferroni level α ÷ m (Holm's first step, the
/// strictest, for a family of m rows);</item>
/// <item>to <b>pass</b> an unchanged build: δ = ln(1 + θ), at α.</item>
/// </list>
/// The simulation tests check both against the test itself.
/// </summary>
public static class GatePower
{
    /// <summary>The most launches a suite may ask for; beyond it no count is named.</summary>
    public const int MostLaunches = 1000;

    /// <summary>The smallest true change (0.12 = 12%) the bound test calls a regression with this power, at this error.</summary>
    public static double Detectable(double logStandardError, double? degreesOfFreedom, int rows, double alpha, double power, double threshold) =>
        Math.Exp(Math.Log(1 + threshold) + ((BoundTest.OneSidedQuantile(1 - (alpha / rows), degreesOfFreedom) + BoundTest.OneSidedQuantile(power, degreesOfFreedom)) * logStandardError)) - 1;

    /// <summary>The power of these launches to catch a true change of Δ.</summary>
    public static double ToCatch(double logStandardError, double? degreesOfFreedom, int rows, double alpha, double threshold, double change) =>
        Power((Math.Log(1 + change) - Math.Log(1 + threshold)) / logStandardError, 1 - (alpha / rows), degreesOfFreedom);

    /// <summary>
    /// The launches (fresh processes per side) at which the bound test would both catch a true change of Δ and pass an unchanged
    /// build, each with this power, at the per-launch spread these launches showed (the error times √launches); null beyond
    /// <see cref="MostLaunches"/>.
    /// </summary>
    /// <param name="signFlip">Whether the gate also needs the rounds' sign-flip test: then never fewer launches than that test
    /// needs to reach Holm's first level at all (1/2ⁿ ≤ α ÷ m).</param>
    public static int? LaunchesNeeded(double logStandardError, int launches, int rows, double alpha, double power, double threshold, double change, bool signFlip = false)
    {
        var spread = logStandardError * Math.Sqrt(launches);
        var (catchDistance, passDistance) = (Math.Log(1 + change) - Math.Log(1 + threshold), Math.Log(1 + threshold));
        for (var n = signFlip ? Math.Max(3, SignFlipTest.RoundsToReach(alpha / rows)) : 3; n <= MostLaunches; n++)
        {
            var error = spread / Math.Sqrt(n);
            if (Power(catchDistance / error, 1 - (alpha / rows), n - 1) >= power && Power(passDistance / error, 1 - alpha, n - 1) >= power)
            {
                return n;
            }
        }

        return null;
    }

    private static double Power(double distanceInErrors, double confidence, double? degreesOfFreedom) =>
        BoundTest.OneSidedPValue(BoundTest.OneSidedQuantile(confidence, degreesOfFreedom) - distanceInErrors, degreesOfFreedom);
}
