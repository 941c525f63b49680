namespace BenchHarness.Workloads.Document;

/// <summary>A run of text with one character style.</summary>
public sealed record TextRun(string Text, bool Bold, bool Italic);

/// <summary>A paragraph style after inheritance (<c>basedOn</c>) is resolved; sizes in pixels at 96 dpi.</summary>
public sealed record ParagraphFormat(string StyleId, float FontSize, bool Bold, float SpaceAfter, float Indent);

/// <summary>A list item's place: which list (numbering instance), the level, and the level's format.</summary>
/// <param name="Format">The numbering format: <c>bullet</c>, <c>decimal</c>, <c>lowerLetter</c> …</param>
/// <param name="LevelText">The label pattern, e.g. <c>•</c> or <c>%1.</c>.</param>
public sealed record ListItem(int List, int Level, string Format, string LevelText, int Start);

/// <summary>A block of a document body: a paragraph, a table or a picture.</summary>
public abstract record Block;

public sealed record ParagraphBlock(ParagraphFormat Format, IReadOnlyList<TextRun> Runs, ListItem? List) : Block;

public sealed record TableBlock(IReadOnlyList<IReadOnlyList<TextRun>> Rows, bool Borders) : Block;

/// <summary>An embedded picture: its encoded bytes and its size on the page in pixels.</summary>
public sealed record PictureBlock(byte[] Image, string ContentType, float Width, float Height, string Description) : Block;

/// <summary>What opening a .docx yields: the body's blocks with styles and numbering resolved.</summary>
public sealed record OpenedDocument(IReadOnlyList<Block> Blocks)
{
    public IEnumerable<PictureBlock> Pictures => Blocks.OfType<PictureBlock>();
}

/// <summary>How a span of text is drawn: its size, weight, slant and whether it needs the CJK font.</summary>
public sealed record SpanStyle(float FontSize, bool Bold, bool Italic, bool Cjk);

/// <summary>A piece of one line in one style, starting at <see cref="X"/>.</summary>
public sealed record LaidOutSpan(float X, string Text, SpanStyle Style);

/// <summary>One laid-out line: its baseline on the page and its spans.</summary>
public sealed record LaidOutLine(float Baseline, IReadOnlyList<LaidOutSpan> Spans)
{
    public string Text => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>A straight line on the page (table borders).</summary>
public sealed record LaidOutRule(float X0, float Y0, float X1, float Y1);

/// <summary>A picture placed on the page, scaled into <c>Width × Height</c> at (X, Y).</summary>
public sealed record LaidOutPicture(PictureBlock Picture, float X, float Y, float Width, float Height);

public sealed record LaidOutPage(IReadOnlyList<LaidOutLine> Lines, IReadOnlyList<LaidOutRule> Rules, IReadOnlyList<LaidOutPicture> Pictures);
