using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using BenchHarness.Workloads.Catalog;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// Writes a business report as a .docx with the Open XML SDK, the way a word processor saves one: a style
/// sheet (Normal, Title, Heading 1 and 2, List Paragraph) and a numbering part (bullets, numbered lists with
/// a lettered second level), then a title, sections with headings, paragraphs of mixed bold and italic runs,
/// bullet and numbered lists, tables, paragraphs in Chinese, and an embedded photo with its caption.
/// About 4 pages at <see cref="InputSize.Small"/>, about 30 at standard.
/// </summary>
public static class DocumentGenerator
{
    public const int BulletList = 1;
    private const long EmuPerPixel = 9525; // 914,400 EMU per inch at 96 dpi

    public static int ParagraphCount(InputSize size) => size == InputSize.Small ? 24 : 160;

    /// <summary>The embedded photo's size in pixels at 96 dpi.</summary>
    public static (int Width, int Height) PictureSize => (560, 360);

    public static byte[] Generate(InputSize size, int seed) => Build(ParagraphCount(size), seed);

    /// <summary>The report's template: the same style sheet and numbering, a title and a placeholder line.</summary>
    public static byte[] Template(int seed) => Build(0, seed);

    /// <summary>
    /// The report with <paramref name="paragraphs"/> body paragraphs and a photo with its caption after every
    /// <paramref name="paragraphsPerPicture"/> of them (the probe's report has one, a third of the way in): the
    /// real-application suite's input.
    /// </summary>
    public static byte[] Illustrated(int paragraphs, int paragraphsPerPicture, int seed) => Build(paragraphs, seed, paragraphsPerPicture);

    private static byte[] Build(int paragraphs, int seed, int? paragraphsPerPicture = null)
    {
        var random = new InputRandom(seed);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var numbering = new Numbering(BulletLevels(), NumberedLevels(), Instance(BulletList, 0));
            var body = new Body(StyledParagraph("Title", $"Quarterly report {2020 + random.Next(6)}"));
            var nextList = BulletList + 1;
            if (paragraphs == 0)
            {
                body.Append(StyledParagraph("Normal", "Type here: " + Vocabulary.Sentence(random, 8)));
            }

            for (var i = 0; i < paragraphs; i++)
            {
                if (i % 8 == 0)
                {
                    body.Append(StyledParagraph("Heading1", $"Section {(i / 8) + 1}: " + Vocabulary.Sentence(random, 4)));
                }
                else if (i % 8 == 4)
                {
                    body.Append(StyledParagraph("Heading2", Vocabulary.Sentence(random, 5)));
                }

                body.Append(i % 10 == 7 ? Chinese(random) : BodyParagraph(random));
                if (i % 8 == 2)
                {
                    AppendList(body, random, BulletList);
                }
                else if (i % 16 == 6)
                {
                    numbering.Append(Instance(nextList, 1));
                    AppendList(body, random, nextList++);
                }

                if (i % 12 == 11)
                {
                    body.Append(Table(random));
                }

                if (paragraphsPerPicture is { } every ? i % every == every - 1 : i == paragraphs / 3)
                {
                    var figure = paragraphsPerPicture is { } n ? (i / n) + 1 : 1;
                    body.Append(Picture(main, random, figure));
                    body.Append(StyledParagraph("Caption", $"Figure {figure}: " + Vocabulary.Sentence(random, 7)));
                }
            }

            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        return stream.ToArray();
    }

    private static Styles Styles() => new(
        Style("Normal", null, halfPoints: 22, bold: false, after: 160, indent: 0),
        Style("Title", "Normal", 48, true, 240, 0),
        Style("Heading1", "Normal", 32, true, 120, 0),
        Style("Heading2", "Normal", 26, true, 80, 0),
        Style("ListParagraph", "Normal", null, false, 40, 720),
        Style("Caption", "Normal", 18, false, 200, 0));

    private static Style Style(string id, string? basedOn, int? halfPoints, bool bold, int after, int indent)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = id });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { After = $"{after}" });
        if (indent > 0)
        {
            paragraph.Append(new Indentation { Left = $"{indent}" });
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (halfPoints is { } size)
        {
            run.Append(new FontSize { Val = $"{size}" });
        }

        style.Append(run);
        return style;
    }

    private static AbstractNum BulletLevels() => new(
        new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 },
        new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "◦" }) { LevelIndex = 1 })
    { AbstractNumberId = 0 };

    private static AbstractNum NumberedLevels() => new(
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
    { AbstractNumberId = 1 };

    private static NumberingInstance Instance(int id, int abstractId) => new(new AbstractNumId { Val = abstractId }) { NumberID = id };

    private static Paragraph StyledParagraph(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static Paragraph BodyParagraph(InputRandom random)
    {
        var paragraph = new Paragraph();
        var sentences = random.Next(3, 7);
        for (var s = 0; s < sentences; s++)
        {
            var text = Vocabulary.Sentence(random, random.Next(6, 18)) + " ";
            paragraph.Append(StyledRun(random.Next(6), text));
        }

        return paragraph;
    }

    private static Run StyledRun(int style, string text)
    {
        var properties = new RunProperties();
        if (style == 0)
        {
            properties.Append(new Bold());
        }
        else if (style == 1)
        {
            properties.Append(new Italic());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Paragraph Chinese(InputRandom random) =>
        new(new Run(new Text(ChineseText.Paragraph(random, random.Next(80, 200)))), new Run(new Text($" Q{random.Next(1, 5)} {random.Next(100)}%")));

    private static void AppendList(Body body, InputRandom random, int list)
    {
        var items = random.Next(3, 7);
        for (var i = 0; i < items; i++)
        {
            var level = i > 0 && random.Next(3) == 0 ? 1 : 0;
            body.Append(new Paragraph(
                new ParagraphProperties(
                    new ParagraphStyleId { Val = "ListParagraph" },
                    new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list })),
                StyledRun(random.Next(6), Vocabulary.Sentence(random, random.Next(4, 14)))));
        }
    }

    private static Table Table(InputRandom random)
    {
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })));
        for (var r = 0; r < 6; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < 4; c++)
            {
                var text = r == 0 ? Vocabulary.Words[random.Next(Vocabulary.Words.Length)]
                    : c == 0 ? Vocabulary.Sentence(random, random.Next(1, 5))
                    : random.NextAmount(10_000).ToString("F2", CultureInfo.InvariantCulture);
                row.Append(new TableCell(new Paragraph(StyledRun(r == 0 ? 0 : 5, text))));
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>A photo embedded as a JPEG image part, inline in its own paragraph, the way Word stores one.</summary>
    private static Paragraph Picture(MainDocumentPart main, InputRandom random, int number)
    {
        var (width, height) = PictureSize;
        var imagePart = main.AddImagePart(ImagePartType.Jpeg);
        using (var image = new MemoryStream(PhotoGenerator.Jpeg(width, height, random.Next(1_000_000))))
        {
            imagePart.FeedData(image);
        }

        var id = main.GetIdOfPart(imagePart);
        long cx = width * EmuPerPixel, cy = height * EmuPerPixel;
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "photo.jpg" }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.DocProperties { Id = (uint)number, Name = $"Picture {number}", Description = "Site photo" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
