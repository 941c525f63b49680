using System.Globalization;
using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>results.csv: one row per cell with its ratio against the baseline, for spreadsheets and scripts.</summary>
public sealed class CsvReport : IExporter
{
    public IReadOnlyList<ExportedFile> Export(RunResult result)
    {
        var csv = new StringBuilder("platform,workload,status,arch,os,attempts,samples,median_ns,ci_lower_ns,ci_upper_ns,cold_median_ns,startup_median_ns,checksum,baseline,ratio,ratio_ci_lower,ratio_ci_upper,rounds,rounds_p_value,adjusted_p_value,p_value,verdict,verdict_reason,relative_half_width,launch_precision,target_met,outliers,modes\n");
        foreach (var cell in result.Cells)
        {
            var comparison = result.Comparisons.FirstOrDefault(c => c.Platform == cell.Platform && c.Workload == cell.Workload);
            csv.AppendJoin(',', Field(cell.Platform), Field(cell.Workload), Field(Words.Of(cell.Status)), Field(cell.Arch), Field(cell.Os),
                Number(cell.Attempts), Number(cell.SamplesNs.Count), Number(cell.MedianNs), Number(cell.CiLowerNs), Number(cell.CiUpperNs),
                Number(cell.ColdMedianNs), Number(cell.StartupMedianNs), Field(cell.Checksum), Field(comparison?.Baseline),
                Number(comparison?.Ratio), Number(comparison?.CiLower), Number(comparison?.CiUpper), Number(comparison?.Rounds), Number(comparison?.RoundsPValue), Number(comparison?.AdjustedPValue), Number(comparison?.PValue), Field(comparison is null ? null : Words.Of(comparison.Verdict)), Field(comparison?.Reason),
                Number(cell.Warm?.RelativeHalfWidth), Number(cell.LaunchPrecision), Field(cell.TargetMet?.ToString().ToLowerInvariant()), Number(cell.Warm?.OutliersNs.Count), Number(cell.Warm?.Modes)).Append('\n');
        }

        return [new ExportedFile("results.csv", Encoding.UTF8.GetBytes(csv.ToString()))];
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>RFC 4180 quoting.</summary>
    private static string Field(string? text) =>
        text is null ? "" : text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
