using System.Globalization;

namespace BenchHarness.Core.Model;

/// <summary>A share (0.05) written as a percentage: the one place BenchHarness turns a fraction into "5%", in invariant culture.</summary>
public static class Percent
{
    /// <summary>For a table or a figure read beside others: one decimal below 10% ("5.0%", "0.3%"), whole numbers from there ("12%").</summary>
    public static string Text(double fraction) => (fraction * 100).ToString(fraction < 0.1 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Rounded to a whole percentage ("5%", "67%").</summary>
    public static string Whole(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>In a sentence: at most one decimal, none when it is whole ("5%", "12.5%").</summary>
    public static string Brief(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
