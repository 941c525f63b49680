namespace BenchHarness.Workloads.Document;

/// <summary>
/// Lays a document out onto A4 pages at 96 dpi, as a word processor's layout engine does: each styled
/// paragraph is split into tokens, measured with the real font (Latin or CJK by character), broken into
/// lines and placed; list items get their bullet or number; tables get columns of wrapped cells with
/// borders, and a row that does not fit moves to the next page; pictures are scaled to fit.
/// </summary>
public sealed class PageLayout
{
    public const int PageWidth = 794;
    public const int PageHeight = 1123;
    private const float Margin = 96;
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float LineSpacing = 1.2f;
    private const float ListIndent = 24;
    private const float CellPadding = 4;

    private readonly DocumentFonts _fonts;
    private readonly Dictionary<SkiaSharp.SKTypeface, TextMeasure> _measures = [];
    private readonly List<LaidOutPage> _pages = [];
    private readonly Dictionary<(int List, int Level), int> _counters = [];
    private List<LaidOutLine> _lines = [];
    private List<LaidOutRule> _rules = [];
    private List<LaidOutPicture> _pictures = [];
    private float _y = Margin;

    private PageLayout(DocumentFonts fonts)
    {
        _fonts = fonts;
    }

    /// <summary>Lays the document out with fresh measurement caches: text is measured anew, as after opening it.</summary>
    public static IReadOnlyList<LaidOutPage> Layout(OpenedDocument document, DocumentFonts fonts)
    {
        var layout = new PageLayout(fonts);
        try
        {
            return layout.Place(document);
        }
        finally
        {
            foreach (var measure in layout._measures.Values)
            {
                measure.Dispose();
            }
        }
    }

    private TextMeasure Measure(bool bold, bool italic, bool cjk)
    {
        var typeface = _fonts.For(bold, italic, cjk);
        if (!_measures.TryGetValue(typeface, out var measure))
        {
            _measures[typeface] = measure = new TextMeasure(typeface);
        }

        return measure;
    }

    private List<LaidOutPage> Place(OpenedDocument document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    PlaceParagraph(paragraph);
                    break;
                case TableBlock table:
                    PlaceTable(table);
                    break;
                case PictureBlock picture:
                    PlacePicture(picture);
                    break;
            }
        }

        if (_lines.Count > 0 || _pictures.Count > 0)
        {
            NewPage();
        }

        return _pages;
    }

    private void PlaceParagraph(ParagraphBlock paragraph)
    {
        var format = paragraph.Format;
        var left = Margin + format.Indent;
        if (paragraph.List is { } item)
        {
            left += item.Level * ListIndent;
            var label = Label(item);
            var labelStyle = new SpanStyle(format.FontSize, false, false, false);
            var lines = Lines(paragraph.Runs, format, Margin + ContentWidth - left);
            StartLine(format.FontSize);
            var labelSpan = new LaidOutSpan(left - ListIndent + 4, label, labelStyle);
            if (lines.Count == 0)
            {
                lines.Add([]);
            }

            PlaceLine([labelSpan, .. Offset(lines[0], left)], format.FontSize, startLine: false);
            foreach (var line in lines.Skip(1))
            {
                PlaceLine(Offset(line, left), format.FontSize, startLine: true);
            }
        }
        else
        {
            foreach (var line in Lines(paragraph.Runs, format, Margin + ContentWidth - left))
            {
                PlaceLine(Offset(line, left), format.FontSize, startLine: true);
            }
        }

        _y += format.SpaceAfter;
    }

    /// <summary>The list label: the level text with <c>%n</c> replaced by level n's counter in its format.</summary>
    private string Label(ListItem item)
    {
        var key = (item.List, item.Level);
        _counters[key] = _counters.TryGetValue(key, out var count) ? count + 1 : item.Start;
        foreach (var deeper in _counters.Keys.Where(k => k.List == item.List && k.Level > item.Level).ToList())
        {
            _counters.Remove(deeper);
        }

        if (item.Format == "bullet")
        {
            return item.LevelText;
        }

        var label = item.LevelText;
        for (var level = 0; level <= item.Level; level++)
        {
            var value = _counters.GetValueOrDefault((item.List, level), 1);
            label = label.Replace($"%{level + 1}", item.Format == "lowerLetter" && level == item.Level ? ((char)('a' + ((value - 1) % 26))).ToString() : value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return label;
    }

    /// <summary>Breaks runs into lines of spans positioned from 0; the caller offsets them.</summary>
    private List<List<LaidOutSpan>> Lines(IReadOnlyList<TextRun> runs, ParagraphFormat format, float width)
    {
        var tokens = TextTokens.Split(format.Bold ? runs.Select(r => r with { Bold = true }) : runs);
        var size = format.FontSize;
        double Width(TextToken token) => Measure(token.Bold, token.Italic, token.Cjk).Width(token.Text, size);
        var space = Measure(false, false, false).Width(" ", size);
        var starts = LineBreaker.Break(tokens, Width, space, width);
        var lines = new List<List<LaidOutSpan>>(starts.Count);
        for (var l = 0; l < starts.Count; l++)
        {
            var end = l + 1 < starts.Count ? starts[l + 1] : tokens.Count;
            var spans = new List<LaidOutSpan>();
            var x = 0.0;
            var text = new System.Text.StringBuilder();
            SpanStyle? style = null;
            var spanX = 0.0;
            for (var t = starts[l]; t < end; t++)
            {
                var token = tokens[t];
                var tokenStyle = new SpanStyle(size, token.Bold, token.Italic, token.Cjk);
                var gap = t > starts[l] && token.SpaceBefore ? space : 0;
                if (style is not null && tokenStyle != style)
                {
                    spans.Add(new LaidOutSpan((float)spanX, text.ToString(), style));
                    text.Clear();
                    style = null;
                }

                x += gap;
                if (style is null)
                {
                    style = tokenStyle;
                    spanX = x;
                }
                else if (gap > 0)
                {
                    text.Append(' ');
                }

                text.Append(token.Text);
                x += Width(token);
            }

            if (style is not null)
            {
                spans.Add(new LaidOutSpan((float)spanX, text.ToString(), style));
            }

            lines.Add(spans);
        }

        return lines;
    }

    private static List<LaidOutSpan> Offset(List<LaidOutSpan> spans, float left) => spans.ConvertAll(s => s with { X = s.X + left });

    private void PlaceLine(List<LaidOutSpan> spans, float size, bool startLine)
    {
        if (startLine)
        {
            StartLine(size);
        }

        _lines.Add(new LaidOutLine(_y + size, spans));
        _y += size * LineSpacing;
    }

    private void PlaceTable(TableBlock table)
    {
        var columns = table.Rows.Max(r => r.Count);
        var columnWidth = ContentWidth / columns;
        var size = 14.67f;
        var format = new ParagraphFormat("TableText", size, false, 0, 0);
        var top = _y;
        foreach (var row in table.Rows)
        {
            var cells = row.Select(cell => Lines([cell], format, columnWidth - (2 * CellPadding))).ToList();
            var height = (Math.Max(1, cells.Max(c => c.Count)) * size * LineSpacing) + (2 * CellPadding);
            if (_y + height > PageHeight - Margin)
            {
                CloseTable(table, top, columns, columnWidth);
                NewPage();
                top = _y;
            }

            var rowTop = _y;
            for (var c = 0; c < cells.Count; c++)
            {
                _y = rowTop + CellPadding;
                foreach (var line in cells[c])
                {
                    _lines.Add(new LaidOutLine(_y + size, Offset(line, Margin + (c * columnWidth) + CellPadding)));
                    _y += size * LineSpacing;
                }
            }

            _y = rowTop + height;
            if (table.Borders)
            {
                _rules.Add(new LaidOutRule(Margin, _y, Margin + ContentWidth, _y));
            }
        }

        CloseTable(table, top, columns, columnWidth);
        _y += 12;
    }

    /// <summary>The table's top border and its column lines on the current page.</summary>
    private void CloseTable(TableBlock table, float top, int columns, float columnWidth)
    {
        if (!table.Borders || _y <= top)
        {
            return;
        }

        _rules.Add(new LaidOutRule(Margin, top, Margin + ContentWidth, top));
        for (var c = 0; c <= columns; c++)
        {
            var x = Margin + (c * columnWidth);
            _rules.Add(new LaidOutRule(x, top, x, _y));
        }
    }

    private void PlacePicture(PictureBlock picture)
    {
        var scale = Math.Min(1, Math.Min(ContentWidth / picture.Width, (PageHeight - (2 * Margin)) / picture.Height));
        var (width, height) = (picture.Width * scale, picture.Height * scale);
        if (_y + height > PageHeight - Margin)
        {
            NewPage();
        }

        _pictures.Add(new LaidOutPicture(picture, Margin + ((ContentWidth - width) / 2), _y, width, height));
        _y += height + 8;
    }

    /// <summary>Starts a new page when the next line of this size would not fit.</summary>
    private void StartLine(float size)
    {
        if (_y + (size * LineSpacing) > PageHeight - Margin)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _pages.Add(new LaidOutPage(_lines, _rules, _pictures));
        _lines = [];
        _rules = [];
        _pictures = [];
        _y = Margin;
    }
}
