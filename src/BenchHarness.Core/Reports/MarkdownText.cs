using System.Text;

namespace BenchHarness.Core.Reports;

/// <summary>
/// Text from suite and platform files (and everything built from it) made inert in Markdown: HTML's own
/// characters as entities, so a name like &lt;script&gt; shows as written on GitHub and in any renderer, and
/// Markdown's emphasis, code, link and table characters escaped with a backslash. Line breaks become spaces.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' => escaped.Append('\\').Append(c),
                '\r' => escaped,
                '\n' => escaped.Append(' '),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
