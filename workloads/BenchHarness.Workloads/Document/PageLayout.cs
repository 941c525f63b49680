using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// Shapes text with a real font, breaks it into lines greedily and paginates onto A4 pages at 96 dpi,
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

    private readonly SKFont _body;
    private readonly SKFont _heading;
    private readonly List<LaidOutPage> _pages = [];
    private List<LaidOutLine> _lines = [];
    private float _y = Margin;

    public PageLayout(SKTypeface typeface)
    {
        _body = new SKFont(typeface, BodySize);
        _heading = new SKFont(typeface, HeadingSize) { Embolden = true };
    }

    public IReadOnlyList<LaidOutPage> Layout(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    var text = string.Concat(paragraph.Runs.Select(r => r.Text));
                    var font = paragraph.IsHeading ? _heading : _body;
                    foreach (var line in BreakLines(text, font, PageWidth - (2 * Margin)))
                    {
                        Place(line, Margin, font, paragraph.IsHeading);
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
    public static List<string> BreakLines(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var spaceWidth = font.MeasureText(" ");
        var current = new List<string>();
        var currentWidth = 0f;
        foreach (var word in words)
        {
            var wordWidth = font.MeasureText(word);
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
            var cells = row.Select(cell => BreakLines(cell, _body, columnWidth - 8)).ToList();
            var height = cells.Max(c => c.Count);
            for (var l = 0; l < height; l++)
            {
                StartLine(_body);
                for (var c = 0; c < cells.Count; c++)
                {
                    if (l < cells[c].Count)
                    {
                        _lines.Add(new LaidOutLine(Margin + (c * columnWidth) + 4, _y + _body.Size, _body.Size, false, cells[c][l]));
                    }
                }

                _y += _body.Size * LineSpacing;
            }
        }
    }

    private void Place(string text, float x, SKFont font, bool bold)
    {
        StartLine(font);
        _lines.Add(new LaidOutLine(x, _y + font.Size, font.Size, bold, text));
        _y += font.Size * LineSpacing;
    }

    /// <summary>Starts a new page when the next line of this font would not fit.</summary>
    private void StartLine(SKFont font)
    {
        if (_y + (font.Size * LineSpacing) > PageHeight - Margin)
        {
            _pages.Add(new LaidOutPage(_lines));
            _lines = [];
            _y = Margin;
        }
    }

    public void Dispose()
    {
        _body.Dispose();
        _heading.Dispose();
    }
}
