using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BenchHarness.Workloads.Document;

/// <summary>Opens a .docx with the Open XML SDK and reads its body into blocks.</summary>
public static class DocxReader
{
    public static IReadOnlyList<Block> Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("The document has no body.");
        var blocks = new List<Block>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(ReadParagraph(paragraph));
                    break;
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
            }
        }

        return blocks;
    }

    private static ParagraphBlock ReadParagraph(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var runs = new List<TextRun>();
        foreach (var run in paragraph.Elements<Run>())
        {
            var properties = run.RunProperties;
            runs.Add(new TextRun(run.InnerText, properties?.Bold is not null, properties?.Italic is not null));
        }

        return new ParagraphBlock(style is not null && style.StartsWith("Heading", StringComparison.Ordinal), runs);
    }

    private static TableBlock ReadTable(Table table) =>
        new(table.Elements<TableRow>()
            .Select(row => (IReadOnlyList<string>)row.Elements<TableCell>().Select(cell => cell.InnerText).ToList())
            .ToList());
}
