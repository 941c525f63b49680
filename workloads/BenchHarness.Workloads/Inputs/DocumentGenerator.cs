using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// Writes a business report as a .docx with the Open XML SDK: headings, paragraphs of mixed bold and italic
/// runs, and tables. About 3 pages at <see cref="InputSize.Small"/>, about 30 at standard.
/// </summary>
public static class DocumentGenerator
{
    public static int ParagraphCount(InputSize size) => size == InputSize.Small ? 24 : 240;

    public static byte[] Generate(InputSize size, int seed)
    {
        var random = new InputRandom(seed);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var paragraphs = ParagraphCount(size);
            for (var i = 0; i < paragraphs; i++)
            {
                if (i % 8 == 0)
                {
                    body.Append(Heading($"Section {(i / 8) + 1}: " + Vocabulary.Sentence(random, 4)));
                }

                body.Append(BodyParagraph(random));
                if (i % 12 == 11)
                {
                    body.Append(Table(random));
                }
            }

            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Heading(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }),
            new Run(new RunProperties(new Bold()), new Text(text)));

    private static Paragraph BodyParagraph(InputRandom random)
    {
        var paragraph = new Paragraph();
        var sentences = random.Next(3, 7);
        for (var s = 0; s < sentences; s++)
        {
            var properties = new RunProperties();
            var style = random.Next(6);
            if (style == 0)
            {
                properties.Append(new Bold());
            }
            else if (style == 1)
            {
                properties.Append(new Italic());
            }

            var text = Vocabulary.Sentence(random, random.Next(6, 18)) + " ";
            paragraph.Append(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static Table Table(InputRandom random)
    {
        var table = new Table();
        for (var r = 0; r < 5; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < 4; c++)
            {
                var text = r == 0 ? Vocabulary.Words[random.Next(Vocabulary.Words.Length)]
                    : random.NextAmount(10_000).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
                row.Append(new TableCell(new Paragraph(new Run(new Text(text)))));
            }

            table.Append(row);
        }

        return table;
    }
}
