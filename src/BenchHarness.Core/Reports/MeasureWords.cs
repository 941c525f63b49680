using System.Globalization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Reports;

/// <summary>
/// How a report and its plots name what a run measured, in one place: time (the default), or host instructions counted by
/// valgrind (<c>run --measure instructions</c>). A report of a counting run says "counted" and "host instructions" where a
/// timed one says "timed" and "time", leaves out what counts cannot mean (response-time limits, years of hardware
/// progress, cold invocations, warm-up), and takes a table's or plot's legend from docs/method.md's section of the same
/// name with <see cref="LegendSuffix"/> where it has one.
/// </summary>
public sealed record MeasureWords
{
    private MeasureWords()
    {
    }

    /// <summary>Whether the run counted host instructions.</summary>
    public required bool Counts { get; init; }

    /// <summary>"timed", "counted (host instructions, valgrind)".</summary>
    public required string Measured { get; init; }

    /// <summary>What a ratio is the ratio of: "time", "host instructions".</summary>
    public required string Quantity { get; init; }

    /// <summary>The office-day index's name: "office-day slowdown", "office-day instruction ratio".</summary>
    public required string OfficeDay { get; init; }

    /// <summary>The sample axis of a plot: "warm iteration time (log scale)".</summary>
    public required string SampleAxis { get; init; }

    /// <summary>A ratio axis, with its scale.</summary>
    public required string RatioAxis { get; init; }

    /// <summary>Per workload: "Slowdown per workload", "Host-instruction ratio per workload".</summary>
    public required string PerWorkload { get; init; }

    /// <summary>A ratio in a heat map's title: "Warm ratio", "Host-instruction ratio".</summary>
    public required string Ratio { get; init; }

    /// <summary>Appended to a table's or plot list's title to find its legend for this measure in docs/method.md: "", " (host instructions)".</summary>
    public required string LegendSuffix { get; init; }

    /// <summary>A sample's tick label, from its value in millions (milliseconds, or millions of instructions): "20 ms", "2 s"; "700 M", "1.2 G".</summary>
    public required Func<double, string> SampleLabel { get; init; }

    public static MeasureWords Time { get; } = new()
    {
        Counts = false, Measured = "timed", Quantity = MeasureKinds.Quantity(MeasureKind.Time), OfficeDay = "office-day slowdown", SampleAxis = "warm iteration time (log scale)",
        RatioAxis = "warm time ÷ baseline's (log scale; 1× = as fast as the baseline)", PerWorkload = "Slowdown per workload", Ratio = "Warm ratio", LegendSuffix = "",
        SampleLabel = ms => ms >= 1000 ? (ms / 1000).ToString("0.##", CultureInfo.InvariantCulture) + " s" : ms.ToString("0.##", CultureInfo.InvariantCulture) + " ms",
    };

    public static MeasureWords Instructions { get; } = new()
    {
        Counts = true, Measured = "counted in host instructions (valgrind)", Quantity = MeasureKinds.Quantity(MeasureKind.Instructions), OfficeDay = "office-day instruction ratio",
        SampleAxis = "host instructions per warm invocation (log scale)", RatioAxis = "host instructions ÷ baseline's (log scale; 1× = as many as the baseline)", PerWorkload = "Host-instruction ratio per workload",
        Ratio = "Host-instruction ratio", LegendSuffix = " (host instructions)",
        SampleLabel = m => m >= 1000 ? (m / 1000).ToString("0.##", CultureInfo.InvariantCulture) + " G" : m.ToString("0.##", CultureInfo.InvariantCulture) + " M",
    };

    public static MeasureWords Of(MeasureKind? measure) => measure == MeasureKind.Instructions ? Instructions : Time;
}
