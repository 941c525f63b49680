namespace BenchHarness.Core.Reports.Columns;

/// <summary>
/// A report table as a list of columns: its title (also the heading of its explanations in docs/method.md) and its
/// columns in order; built for a run's rows, it gives the text table the Markdown and HTML reports print.
/// </summary>
public sealed record ColumnTable<TRow>(string Title, IReadOnlyList<Column<TRow>> Columns, bool Collapsed = false)
{
    /// <summary>The table for these rows; <paramref name="values"/> fill the placeholders of headers and caption.</summary>
    public ReportTables.Table Build(IEnumerable<TRow> rows, IReadOnlyDictionary<string, string?>? values = null) => new(
        Title,
        Columns.Select(c => Legends.Fill(c.Header, values)).ToList(),
        rows.Select(row => (IReadOnlyList<string>)Columns.Select(c => c.Text(row)).ToList()).ToList(),
        Legends.Caption(Title, values),
        Collapsed);
}
