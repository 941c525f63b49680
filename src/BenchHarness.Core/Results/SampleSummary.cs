namespace BenchHarness.Core.Results;

/// <summary>
/// What a set of samples (a cell's warm iterations, or its cold first invocations) says, in nanoseconds.
/// </summary>
/// <param name="Count">Samples summarised.</param>
/// <param name="MedianNs">Harrell-Davis median.</param>
/// <param name="CiLowerNs">Lower bound of its 95% Maritz-Jarrett interval (null below three samples).</param>
/// <param name="CiUpperNs">Upper bound.</param>
/// <param name="RelativeHalfWidth">Half the interval's width over the median: the median's precision.</param>
/// <param name="Q1Ns">Harrell-Davis first quartile.</param>
/// <param name="Q3Ns">Harrell-Davis third quartile.</param>
/// <param name="RelativeIqr">Dispersion: (Q3 − Q1) / median.</param>
/// <param name="OutliersNs">Samples beyond Tukey's fences (1.5 IQR outside the quartiles): flagged, kept in every statistic.</param>
/// <param name="Modes">Modes found by the Lowland detector (from ten samples; 1 below that).</param>
/// <param name="TargetMet">Whether the relative half-width reached the suite's precision target (null without an interval).</param>
public sealed record SampleSummary(
    int Count, double MedianNs, double? CiLowerNs, double? CiUpperNs, double? RelativeHalfWidth,
    double Q1Ns, double Q3Ns, double MinNs, double MaxNs, double RelativeIqr,
    IReadOnlyList<long> OutliersNs, int Modes, bool? TargetMet)
{
    /// <summary>More than one mode: translators often give bimodal timings (e.g. code retranslated or not).</summary>
    public bool Multimodal => Modes > 1;
}
