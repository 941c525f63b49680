using BenchHarness.Core.Model;
using BenchHarness.Core.Reports.Columns;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>
/// The report's tables as rows of text, shared by the Markdown and HTML exporters so both say the same thing. The
/// tables of cells, comparisons, indices and platforms are lists of columns (<see cref="Columns"/>); their captions
/// are quoted from docs/method.md (<see cref="Legends"/>).
/// </summary>
public static partial class ReportTables
{
    /// <summary>A table; a <paramref name="Collapsed"/> one is long and for reference (folded away in HTML).</summary>
    public sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null, bool Collapsed = false);

    /// <summary>The tables after the headlines and plots: the overview first, the long ones for reference after it.</summary>
    public static IReadOnlyList<Table> All(RunResult result) =>
        [Pivot(result), Index(result), .. Commands(result) is { } commands ? [commands] : Array.Empty<Table>(), Comparisons(result), Cells(result), Platforms(result), Disclosure(result)];

    /// <summary>Command workloads (real applications), per cell: <see cref="CellColumns.Commands"/>. Null when the run has none.</summary>
    public static Table? Commands(RunResult result)
    {
        var cells = result.Cells.Where(c => c.ColdMeans is not null).ToList();
        return cells.Count == 0 ? null : CellColumns.Commands.Build(cells, Values(("cold", string.Join("; ", cells.Select(c => c.ColdMeans!).Distinct()))));
    }

    /// <summary>The run in one line: host, inputs, launches, when, and how many cells failed.</summary>
    public static string Summary(RunResult result)
    {
        var failed = result.Cells.Count(c => c.Status != CellStatus.Ok);
        return $"Host {result.Host.Platform} · {Words.Of(result.Suite.Size)} inputs · {Counted.Of(result.Suite.Launches, "launch", "launches")} per cell · "
            + $"started {Format.Time(result.Started)} · finished {Format.Time(result.Finished)} · {result.Cells.Count - failed} of {result.Cells.Count} cells ok"
            + (failed > 0 ? $", {failed} crashed, timed out or incorrect" : "")
            + (Format.Machine(result.Host.Machine) is { Length: > 0 } machine ? $" · {machine}" : "");
    }

    /// <summary>The order a report shows the indices in (its table at a glance, the index plot, the platforms' sections): complete ones first, then the slowest first.</summary>
    public static IReadOnlyList<IndexResult> ReadingOrder(RunResult result) =>
        result.Index.OrderByDescending(i => i.Complete).ThenByDescending(i => i.OfficeDay.Value).ToList();

    /// <summary>The first screen's table: every platform's index in brief, in reading order.</summary>
    public static Table AtAGlance(RunResult result) => IndexColumns.AtAGlance.Build(ReadingOrder(result), words: MeasureWords.Of(result.Suite.Measure));

    /// <summary>
    /// What was measured where, in one sentence: the actions and their inputs, the platforms, the machine(s), the
    /// processes per cell, the day, and how many cells are ok.
    /// </summary>
    public static string WhatWhere(RunResult result)
    {
        var emulated = result.Platforms.Where(p => p.Baseline is not null).Select(p => p.Name).ToList();
        var natives = result.Platforms.Where(p => p.Baseline is null).Select(p => p.Name).ToList();
        var machine = result.Machines.Count > 1 ? $"{Counted.Of(result.Machines.Count, "machine", "machines")} ({string.Join(", ", result.Machines.Select(m => m.Name))})"
            : result.Host.Machine is { CpuModel: { } cpu } m ? $"one machine ({cpu}, {Counted.Of(m.Cores, "core", "cores")})" : "one machine";
        var ok = result.Cells.Count(c => c.Status == CellStatus.Ok);
        return $"{Counted.Of(result.Suite.Weights.Count, "office action", "office actions")} ({Words.Of(result.Suite.Size)} inputs, suite {result.Suite.Name}) {MeasureWords.Of(result.Suite.Measure).Measured} "
            + $"natively ({string.Join(", ", natives)}) and on {Counted.Of(emulated.Count, "emulated platform", "emulated platforms")} ({string.Join(", ", emulated)}), "
            + $"on {machine}, {Counted.Of(result.Suite.Launches, "fresh process", "fresh processes")} per cell, {Format.Day(result.Started)}; {ok} of {Counted.Of(result.Cells.Count, "cell", "cells")} ok.";
    }

    /// <summary>
    /// This machine's noise as the run measured it: how precisely the native baselines' medians are known between fresh
    /// processes (<see cref="CellResult.LaunchPrecision"/>, the median over their cells and the widest); null when no
    /// baseline cell has two or more processes.
    /// </summary>
    public static string? Noise(RunResult result)
    {
        var natives = result.Platforms.Where(p => p.Baseline is null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var cells = result.Cells.Where(c => natives.Contains(c.Platform) && c.LaunchPrecision is not null).OrderBy(c => c.LaunchPrecision).ToList();
        if (cells.Count == 0)
        {
            return null;
        }

        var median = cells.Count % 2 == 1 ? cells[cells.Count / 2].LaunchPrecision!.Value : (cells[(cells.Count / 2) - 1].LaunchPrecision!.Value + cells[cells.Count / 2].LaunchPrecision!.Value) / 2;
        var widest = cells[^1];
        var what = MeasureWords.Of(result.Suite.Measure).Counts ? "count of host instructions" : "time";
        return $"This machine's noise in this run: between fresh processes of the native builds, an action's median {what} is known to ±{Percent.Text(median)} "
            + $"(95%, the median over {Counted.Of(cells.Count, "cell", "cells")}; the widest ±{Percent.Text(widest.LaunchPrecision!.Value)}, {widest.Platform} · {widest.Workload}). "
            + "Each ratio's interval carries the noise of both sides.";
    }

    /// <summary>Workloads × platforms: each platform's ratio against its baseline, or its cell's status where it has none.</summary>
    public static Table Pivot(RunResult result)
    {
        var title = Legends.TitleFor("Slowdown at a glance", MeasureWords.Of(result.Suite.Measure));
        var platforms = result.Platforms.Where(p => p.Baseline is not null && result.Comparisons.Any(c => c.Platform == p.Name)).ToList();
        var rows = result.Suite.Weights.Keys.Select(w => (IReadOnlyList<string>)new[] { w }.Concat(platforms.Select(p =>
            result.AgainstBaseline(p, w) switch
            {
                { Comparison: { } c } => Format.Ratio(c.Ratio) + Marker(c.Verdict),
                { Failure: { } failure } => failure,
                _ => "–",
            })).ToList()).ToList();
        return new Table(title, ["workload", .. platforms.Select(p => $"{p.Name} ÷ {p.Baseline}")], rows, Legends.Caption(title));
    }

    private static string Marker(Verdict verdict) => verdict switch
    {
        Verdict.Slower or Verdict.Faster => " *",
        Verdict.Equivalent => " ≈",
        Verdict.Inconclusive => " ?",
        _ => "",
    };

    public static Table Index(RunResult result) => IndexColumns.Table.Build(result.Index, Values(
        ("common", Format.Count(result.CommonWorkloads.Count)),
        ("progress", result.Progress?.Name), ("year", result.Progress?.ReferenceYear.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("source", result.Progress?.Source)),
        MeasureWords.Of(result.Suite.Measure));

    public static Table Comparisons(RunResult result) => ComparisonColumns.Table.Build(
        result.Comparisons.OrderBy(c => c.Workload, StringComparer.Ordinal).ThenBy(c => c.Platform, StringComparer.Ordinal),
        Values(("comparisons", Format.Count(result.Comparisons.Count)), ("minimumRounds", Format.Count(Analysis.ComparisonVerdict.MinimumRounds)),
            ("margin", Percent.Text(result.Suite.EquivalenceMargin))), MeasureWords.Of(result.Suite.Measure));

    public static Table Cells(RunResult result) => CellColumns.Table.Build(result.Cells, Values(("target", Percent.Text(result.Suite.TargetRelativeHalfWidth))), MeasureWords.Of(result.Suite.Measure));

    public static Table Platforms(RunResult result) => PlatformColumns.Table.Build(result.Platforms);

    private static Dictionary<string, string?> Values(params (string Name, string? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
