using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// Measures text with a real font (see <see cref="TextMeasure"/>), breaks it into lines greedily and paginates onto A4 pages at 96 dpi,
/// the way a word processor's simple layout engine does. Tables get equal columns, wrapped per cell.
/// </summary>
public sealed class PageLayout : IDisposable
{
    public const int PageWidth = 794;
    public const int PageHeight = 1123;
    private const float Margin = 96;
    private const float BodySize = 14.67f; // 11 pt at 96 dpi
    private const float HeadingSize = 21.33f; // 16 pt
    private const float LineSpacing = 1.2f;
    private const float ParagraphGap = 8;

    private readonly TextMeasure _measure;
    private readonly List<LaidOutPage> _pages = [];
    private List<LaidOutLine> _lines = [];
    private float _y = Margin;

    public PageLayout(SKTypeface typeface)
    {
        _measure = new TextMeasure(typeface);
    }

    public IReadOnlyList<LaidOutPage> Layout(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    var text = string.Concat(paragraph.Runs.Select(r => r.Text));
                    var size = paragraph.IsHeading ? HeadingSize : BodySize;
                    foreach (var line in BreakLines(text, w => _measure.Width(w, size), PageWidth - (2 * Margin)))
                    {
                        Place(line, Margin, size, paragraph.IsHeading);
                    }

                    _y += ParagraphGap;
                    break;
                case TableBlock table:
                    LayoutTable(table);
                    _y += ParagraphGap;
                    break;
            }
        }

        if (_lines.Count > 0)
        {
            _pages.Add(new LaidOutPage(_lines));
        }

        return _pages;
    }

    /// <summary>Greedy line breaking at spaces; a word longer than the line stands alone.</summary>
    public static List<string> BreakLines(string text, Func<string, double> measure, double width)
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var spaceWidth = measure(" ");
        var current = new List<string>();
        var currentWidth = 0.0;
        foreach (var word in words)
        {
            var wordWidth = measure(word);
            var needed = current.Count == 0 ? wordWidth : currentWidth + spaceWidth + wordWidth;
            if (needed > width && current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
                needed = wordWidth;
            }

            current.Add(word);
            currentWidth = needed;
        }

        if (current.Count > 0)
        {
            lines.Add(string.Join(' ', current));
        }

        return lines;
    }

    private void LayoutTable(TableBlock table)
    {
        var columns = table.Rows.Max(r => r.Count);
        var columnWidth = (PageWidth - (2 * Margin)) / columns;
        foreach (var row in table.Rows)
        {
            var cells = row.Select(cell => BreakLines(cell, w => _measure.Width(w, BodySize), columnWidth - 8)).ToList();
            var height = cells.Max(c => c.Count);
            for (var l = 0; l < height; l++)
            {
                StartLine(BodySize);
                for (var c = 0; c < cells.Count; c++)
                {
                    if (l < cells[c].Count)
                    {
                        _lines.Add(new LaidOutLine(Margin + (c * columnWidth) + 4, _y + BodySize, BodySize, false, cells[c][l]));
                    }
                }

                _y += BodySize * LineSpacing;
            }
        }
    }

    private void Place(string text, float x, float size, bool bold)
    {
        StartLine(size);
        _lines.Add(new LaidOutLine(x, _y + size, size, bold, text));
        _y += size * LineSpacing;
    }

    /// <summary>Starts a new page when the next line of this font would not fit.</summary>
    private void StartLine(float size)
    {
        if (_y + (size * LineSpacing) > PageHeight - Margin)
        {
            _pages.Add(new LaidOutPage(_lines));
            _lines = [];
            _y = Margin;
        }
    }

    public void Dispose() => _measure.Dispose();
}
