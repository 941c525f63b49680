using System.Globalization;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>How a column's raw value reads in results.csv: numbers round-trip in invariant culture, flags in lower case.</summary>
public static class RawValue
{
    public static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    public static string? Flag(bool? value) => value?.ToString().ToLowerInvariant();
}
