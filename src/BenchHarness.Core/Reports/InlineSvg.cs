using System.Text.RegularExpressions;

namespace BenchHarness.Core.Reports;

/// <summary>
/// An SVG file made fit to sit inside an HTML page beside others: the XML declaration dropped, every id (and every
/// url(#…) and href="#…" that points at one) prefixed so that two plots' clip paths cannot collide, and a viewBox
/// so the browser can scale it to the page's width.
/// </summary>
public static partial class InlineSvg
{
    public static string Prepare(string svg, string prefix, string title)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start < 0 ? svg : svg[start..];
        body = Id().Replace(body, m => $"{m.Groups[1].Value}=\"{prefix}-{m.Groups[2].Value}\"");
        body = Reference().Replace(body, m => $"url(#{prefix}-{m.Groups[1].Value})");
        body = Link().Replace(body, m => $"{m.Groups[1].Value}=\"#{prefix}-{m.Groups[2].Value}\"");
        if (Size().Match(body) is { Success: true } size && !body[..body.IndexOf('>', StringComparison.Ordinal)].Contains("viewBox", StringComparison.Ordinal))
        {
            body = body.Insert(size.Index + size.Length, $" viewBox=\"0 0 {size.Groups[1].Value} {size.Groups[2].Value}\"");
        }

        var open = body.IndexOf('>', StringComparison.Ordinal);
        return open < 0 ? body : body.Insert(open, $" role=\"img\" aria-label=\"{HtmlPage.E(title)}\"");
    }

    [GeneratedRegex("\\b(id)=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex Reference();

    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex Link();

    [GeneratedRegex("<svg[^>]*?\\bwidth=\"(\\d+(?:\\.\\d+)?)\"\\s+height=\"(\\d+(?:\\.\\d+)?)\"")]
    private static partial Regex Size();
}
