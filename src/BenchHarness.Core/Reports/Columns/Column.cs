namespace BenchHarness.Core.Reports.Columns;

/// <summary>
/// A column of a report table, defined once (as BenchmarkDotNet's IColumn): its id (its header in results.csv, and the
/// key of its explanation in docs/method.md, see <see cref="Legends"/>), its header in report.md and report.html (which
/// may hold <c>{name}</c> placeholders), its text there, and its raw, machine-readable value (a null value: empty). A
/// column without a raw value is for reading only; one with it is data, and results.csv carries it.
/// </summary>
public sealed record Column<TRow>(string Id, string Header, Func<TRow, string> Text, Func<TRow, string?>? Raw = null)
{
    /// <summary>The header in a report of a counting run, where it differs (<see cref="MeasureWords"/>).</summary>
    public string? CountedHeader { get; init; }

    /// <summary>False for a column that means nothing for counts (years of progress, cold start-up): left out of a counting run's report.</summary>
    public bool ForCounts { get; init; } = true;

    /// <summary>The header for this measure.</summary>
    public string HeaderFor(MeasureWords words) => words.Counts ? CountedHeader ?? Header : Header;

    /// <summary>The same column read from a part of a wider row (a cell's comparison in results.csv): "–" and no raw value where the row lacks the part.</summary>
    public Column<TWide> Of<TWide>(Func<TWide, TRow?> part) =>
        new(Id, Header, wide => part(wide) is { } row ? Text(row) : "–", Raw is null ? null : wide => part(wide) is { } row ? Raw(row) : null) { CountedHeader = CountedHeader, ForCounts = ForCounts };
}
