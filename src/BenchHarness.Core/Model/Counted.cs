using System.Globalization;

namespace BenchHarness.Core.Model;

/// <summary>A count with its noun in the right number: "1 workload", "3 workloads".</summary>
public static class Counted
{
    public static string Of(int count, string singular, string plural) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
