using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// Opens a .docx with the Open XML SDK and reads its body into blocks: paragraph styles resolved through the
/// style sheet, list items through the numbering part, tables, and pictures with their image part's bytes.
/// </summary>
public static class DocxReader
{
    private const float EmuPerPixel = 9525;

    public static OpenedDocument Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The document has no main part.");
        var body = main.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var styles = new StyleSheet(main.StyleDefinitionsPart?.Styles);
        var numbering = new NumberingDefinitions(main.NumberingDefinitionsPart?.Numbering);
        var blocks = new List<Block>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.AddRange(paragraph.Descendants<Drawing>().Select(d => ReadPicture(d, main)));
                    if (paragraph.Descendants<Drawing>().Any() && string.IsNullOrEmpty(paragraph.InnerText))
                    {
                        break;
                    }

                    var properties = paragraph.ParagraphProperties;
                    var format = styles.Resolve(properties?.ParagraphStyleId?.Val?.Value);
                    var list = numbering.Resolve(properties?.NumberingProperties);
                    blocks.Add(new ParagraphBlock(format, ReadRuns(paragraph), list));
                    break;
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
            }
        }

        return new OpenedDocument(blocks);
    }

    private static List<TextRun> ReadRuns(Paragraph paragraph) =>
        paragraph.Elements<Run>()
            .Select(run => new TextRun(run.InnerText, On(run.RunProperties?.Bold), On(run.RunProperties?.Italic)))
            .Where(run => run.Text.Length > 0)
            .ToList();

    /// <summary>A toggle property (<c>w:b</c>, <c>w:i</c>) is on when present, unless its value says false.</summary>
    public static bool On(OnOffType? toggle) => toggle is not null && (toggle.Val is null || toggle.Val.Value);

    private static TableBlock ReadTable(Table table)
    {
        var borders = table.GetFirstChild<TableProperties>()?.TableBorders is not null;
        var rows = table.Elements<TableRow>()
            .Select(row => (IReadOnlyList<TextRun>)row.Elements<TableCell>()
                .Select(cell => cell.Descendants<Run>().Select(r => new TextRun(r.InnerText, On(r.RunProperties?.Bold), On(r.RunProperties?.Italic)))
                    .DefaultIfEmpty(new TextRun("", false, false))
                    .Aggregate((a, b) => a with { Text = a.Text + b.Text }))
                .ToList())
            .ToList();
        return new TableBlock(rows, borders);
    }

    private static PictureBlock ReadPicture(Drawing drawing, MainDocumentPart main)
    {
        var extent = drawing.Descendants<DW.Extent>().FirstOrDefault() ?? throw new InvalidDataException("A picture has no extent.");
        var embed = drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value ?? throw new InvalidDataException("A picture has no image.");
        var part = main.GetPartById(embed) as ImagePart ?? throw new InvalidDataException($"Picture {embed} is not an image part.");
        using var stream = part.GetStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var description = drawing.Descendants<DW.DocProperties>().FirstOrDefault()?.Description?.Value ?? "";
        return new PictureBlock(bytes.ToArray(), part.ContentType, (extent.Cx ?? 0) / EmuPerPixel, (extent.Cy ?? 0) / EmuPerPixel, description);
    }
}
