namespace BenchHarness.Core.Results;

/// <summary>What a set of samples (a cell's warm iterations, or its cold first invocations) says, in nanoseconds.</summary>
public sealed record SampleSummary
{
    /// <summary>Samples summarised.</summary>
    public required int Count { get; init; }

    /// <summary>Harrell-Davis median.</summary>
    public required double MedianNs { get; init; }

    /// <summary>Lower bound of its 95% Maritz-Jarrett interval (null below three samples).</summary>
    public double? CiLowerNs { get; init; }

    /// <summary>Upper bound.</summary>
    public double? CiUpperNs { get; init; }

    /// <summary>
    /// Half the interval's width over the median: the median's precision <b>within a process</b> — the interval treats
    /// samples of different processes as independent, so it does not see how much processes differ (see
    /// <see cref="CellResult.LaunchPrecision"/> for that).
    /// </summary>
    public double? RelativeHalfWidth { get; init; }

    /// <summary>Harrell-Davis first quartile.</summary>
    public required double Q1Ns { get; init; }

    /// <summary>Harrell-Davis third quartile.</summary>
    public required double Q3Ns { get; init; }

    public required double MinNs { get; init; }

    public required double MaxNs { get; init; }

    /// <summary>Dispersion: (Q3 − Q1) / median.</summary>
    public required double RelativeIqr { get; init; }

    /// <summary>Samples beyond Tukey's fences (1.5 IQR outside the quartiles): flagged, kept in every statistic.</summary>
    public IReadOnlyList<long> OutliersNs { get; init; } = [];

    /// <summary>The lower whisker of a box plot: the smallest sample within Tukey's fences (absent before issue 24).</summary>
    public double WhiskerLowerNs { get; init; }

    /// <summary>The upper whisker: the largest sample within Tukey's fences.</summary>
    public double WhiskerUpperNs { get; init; }

    /// <summary>Modes found by the Lowland detector (from ten samples; 1 below that).</summary>
    public required int Modes { get; init; }

    /// <summary>Whether the within-process half-width reached the suite's precision target (null without an interval); a cell's target is judged between processes (<see cref="CellResult.TargetMet"/>).</summary>
    public bool? TargetMet { get; init; }

    /// <summary>More than one mode: translators often give bimodal timings (e.g. code retranslated or not).</summary>
    public bool Multimodal => Modes > 1;
}
