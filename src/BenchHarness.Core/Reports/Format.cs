using System.Globalization;

namespace BenchHarness.Core.Reports;

/// <summary>How numbers read in every report: invariant culture, milliseconds and ratios with sensible digits.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Ms(double? ns) => ns is { } v ? Milliseconds(v) : "–";

    /// <summary>A sample's amount in its measure: milliseconds, or millions of host instructions ("42.5 M instr.").</summary>
    public static string Amount(double? value, Model.MeasureKind? measure) =>
        measure == Model.MeasureKind.Instructions ? value is { } v ? Instructions(v) : "–" : Ms(value);

    public static string AmountInterval(double? lower, double? upper, Model.MeasureKind? measure) =>
        measure == Model.MeasureKind.Instructions ? lower is { } l && upper is { } u ? $"[{Instructions(l)} – {Instructions(u)}]" : "–" : MsInterval(lower, upper);

    /// <summary>What an office day's ratio says in words: it takes that much longer, or it needs that many more host instructions.</summary>
    public static string OfficeDay(Results.IndexFigure figure, Model.MeasureKind? measure) =>
        measure == Model.MeasureKind.Instructions ? $"an office day's work needs {Figure(figure)} the host instructions" : $"an office day takes {Figure(figure)} as long";

    public static string MsInterval(double? lower, double? upper) =>
        lower is { } l && upper is { } u ? $"[{Milliseconds(l)} – {Milliseconds(u)}]" : "–";

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString(r >= 10 ? "0.0" : "0.00", Invariant) + "×" : "–";

    public static string RatioInterval(double? lower, double? upper) =>
        lower is { } l && upper is { } u ? $"[{Ratio(l)} – {Ratio(u)}]" : "–";

    /// <summary>A response-time limit: 0.1 s, 1 s, 10 s.</summary>
    public static string Seconds(double seconds) => seconds.ToString("0.###", Invariant) + " s";

    public static string Count(int count) => count.ToString(Invariant);

    /// <summary>A figure with its interval where it has one: "4.10× [3.90× – 4.31×]".</summary>
    public static string Figure(Results.IndexFigure figure) =>
        figure.CiLower is null ? Ratio(figure.Value) : $"{Ratio(figure.Value)} {RatioInterval(figure.CiLower, figure.CiUpper)}";

    public static string PValue(double? p) => p is { } v ? v < 0.001 ? "< 0.001" : v.ToString("0.000", Invariant) : "–";

    /// <summary>Whole years: the model behind them is not more precise than that.</summary>
    public static string Years(double years) => YearsBare(years) + (Math.Round(years) == 1 ? " year" : " years");

    public static string YearsBare(double years) => years.ToString("0", Invariant);

    /// <summary>"20–21 years", or "23 years" when both ends round to the same whole year.</summary>
    public static string YearsRange(double fewest, double most) =>
        YearsBare(fewest) == YearsBare(most) ? Years(most) : $"{YearsBare(fewest)}–{Years(most)}";

    /// <summary>Memory in GiB, one decimal at most: "24 GiB", "7.8 GiB".</summary>
    public static string GiB(long bytes) => (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", Invariant) + " GiB";

    /// <summary>The machine in one line: CPU model, cores, memory, kernel, OS, harness revision; empty when the run did not record it.</summary>
    public static string Machine(Model.MachineInfo? machine) =>
        machine is null ? "" : string.Join(" · ", new[]
        {
            machine.CpuModel, $"{machine.Cores} cores", machine.MemoryBytes is { } m ? GiB(m) : null,
            machine.Kernel is { } k ? $"kernel {k}" : null, machine.Os, machine.Harness is { } h ? $"BenchHarness {h[..Math.Min(12, h.Length)]}" : null,
        }.OfType<string>());

    /// <summary>The day a run started: "2026-12-03".</summary>
    public static string Day(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd", Invariant) ?? "on a day not recorded";

    public static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Invariant) ?? "–";

    private static string Instructions(double count)
    {
        var millions = count / 1e6;
        return (millions >= 100 ? millions.ToString("0", Invariant) : millions >= 10 ? millions.ToString("0.0", Invariant) : millions.ToString("0.00", Invariant)) + " M instr.";
    }

    private static string Milliseconds(double ns)
    {
        var ms = ns / 1e6;
        return (ms >= 100 ? ms.ToString("0", Invariant) : ms >= 10 ? ms.ToString("0.0", Invariant) : ms.ToString("0.00", Invariant)) + " ms";
    }

    /// <summary>Rows as a terminal table: columns two spaces apart, each but the last padded to its widest cell; a line per row.</summary>
    public static string TerminalTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns - 1).Select(i => rows.Max(r => i < r.Count ? r[i].Length : 0)).ToList();
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Take(columns - 1).Select((c, i) => c.PadRight(widths[i]))).Append("  ").Append(row[^1]).Append('\n');
        }

        return text.ToString();
    }
}
