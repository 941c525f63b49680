using System.Text.RegularExpressions;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>
/// The explanations of the report's tables, columns and plots, quoted from the section "The report's tables and
/// plots" of docs/method.md: under a heading named like the table, entries <c>- `key`: text</c> in the order a
/// caption reads them, with <c>{name}</c> placeholders filled in when a report is written.
/// </summary>
public static partial class Legends
{
    private const string Section = "## The report's tables and plots";

    private static readonly Dictionary<string, IReadOnlyList<(string Key, string Text)>> Tables = Read();

    /// <summary>The title whose legend fits the measure: "TITLE (host instructions)" for a counting run where docs/method.md has that section, else the title.</summary>
    public static string TitleFor(string title, MeasureWords words) =>
        words.LegendSuffix.Length > 0 && Tables.ContainsKey(title + words.LegendSuffix) ? title + words.LegendSuffix : title;

    /// <summary>Every entry of a table, in order, filled in and joined into its caption.</summary>
    public static string Caption(string table, IReadOnlyDictionary<string, string?>? values = null) =>
        string.Join(' ', EntriesOf(table).Select(e => Fill(e.Text, values)));

    /// <summary>One entry of a table, filled in.</summary>
    public static string Entry(string table, string key, IReadOnlyDictionary<string, string?>? values = null) =>
        Fill(EntriesOf(table).FirstOrDefault(e => e.Key == key).Text ?? throw new InvalidOperationException($"docs/method.md explains no '{key}' under '### {table}'."), values);

    /// <summary>The entries of a table, in order: its keys (column ids, stems) and their text, placeholders unfilled.</summary>
    public static IReadOnlyList<(string Key, string Text)> EntriesOf(string table) =>
        Tables.TryGetValue(table, out var entries) ? entries : throw new InvalidOperationException($"docs/method.md has no '### {table}' under '{Section}'.");

    /// <summary>
    /// Each <c>{name}</c> replaced by its value, in one pass (a value is never read again for placeholders); text that
    /// needs a value the run lacks (null or missing) reads as nothing.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string?>? values)
    {
        var lacking = false;
        var filled = Placeholder().Replace(template, m =>
        {
            if (values?.GetValueOrDefault(m.Groups[1].Value) is { } value)
            {
                return value;
            }

            lacking = true;
            return "";
        });
        return lacking ? "" : filled;
    }

    private static Dictionary<string, IReadOnlyList<(string Key, string Text)>> Read()
    {
        var lines = Method.Lines.SkipWhile(l => l != Section).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        if (lines.Count == 0)
        {
            throw new InvalidOperationException($"docs/method.md has no section '{Section}'.");
        }

        var tables = new Dictionary<string, IReadOnlyList<(string Key, string Text)>>(StringComparer.Ordinal);
        List<(string Key, string Text)>? entries = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                tables[line[4..].Trim()] = entries = [];
            }
            else if (entries is not null && EntryLine().Match(line) is { Success: true } entry)
            {
                entries.Add((entry.Groups[1].Value, entry.Groups[2].Value.Trim()));
            }
        }

        return tables;
    }

    [GeneratedRegex("^- `([^`]+)`: (.+)$")]
    private static partial Regex EntryLine();

    [GeneratedRegex("\\{([A-Za-z]+)\\}")]
    private static partial Regex Placeholder();
}
