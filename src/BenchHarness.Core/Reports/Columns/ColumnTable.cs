namespace BenchHarness.Core.Reports.Columns;

/// <summary>
/// A report table as a list of columns: its title (also the heading of its explanations in docs/method.md) and its
/// columns in order; built for a run's rows, it gives the text table the Markdown and HTML reports print.
/// </summary>
public sealed record ColumnTable<TRow>(string Title, IReadOnlyList<Column<TRow>> Columns, bool Collapsed = false)
{
    /// <summary>
    /// The table for these rows; <paramref name="values"/> fill the placeholders of headers and caption. For a counting run
    /// (<paramref name="words"/>), the columns that mean nothing for counts are left out, headers read as counts, and title
    /// and caption are those of docs/method.md's "TITLE (host instructions)" where it has one.
    /// </summary>
    public ReportTables.Table Build(IEnumerable<TRow> rows, IReadOnlyDictionary<string, string?>? values = null, MeasureWords? words = null)
    {
        words ??= MeasureWords.Time;
        var columns = Columns.Where(c => !words.Counts || c.ForCounts).ToList();
        var title = Legends.TitleFor(Title, words);
        return new(
            title,
            columns.Select(c => Legends.Fill(c.HeaderFor(words), values)).ToList(),
            rows.Select(row => (IReadOnlyList<string>)columns.Select(c => c.Text(row)).ToList()).ToList(),
            Legends.Caption(title, values),
            Collapsed);
    }
}
