namespace BenchHarness.Core.Reports.Columns;

/// <summary>
/// A column of a report table, defined once (as BenchmarkDotNet's IColumn): its id (its header in results.csv, and the
/// key of its explanation in docs/method.md, see <see cref="Legends"/>), its header in report.md and report.html (which
/// may hold <c>{name}</c> placeholders), its text there, and its raw, machine-readable value for results.csv (null: empty).
/// </summary>
public sealed record Column<TRow>(string Id, string Header, Func<TRow, string> Text, Func<TRow, string?> Raw)
{
    /// <summary>A column whose raw value is its text.</summary>
    public Column(string id, string header, Func<TRow, string> text)
        : this(id, header, text, row => text(row))
    {
    }

    /// <summary>The same column read from a part of a wider row (a cell's comparison in results.csv): "–" and no raw value where the row lacks the part.</summary>
    public Column<TWide> Of<TWide>(Func<TWide, TRow?> part) =>
        new(Id, Header, wide => part(wide) is { } row ? Text(row) : "–", wide => part(wide) is { } row ? Raw(row) : null);
}
