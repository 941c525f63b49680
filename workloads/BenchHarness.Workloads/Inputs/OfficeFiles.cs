using System.Globalization;
using System.Text;
using BenchHarness.Workloads.Catalog;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// The files a command workload (a real office application) can be given, by generator name. Every one is a function
/// of (size, seed, count) alone, so that every platform and every run opens the same bytes.
/// </summary>
public static class OfficeFiles
{
    public static IReadOnlyDictionary<string, string> Generators { get; } = new Dictionary<string, string>
    {
        ["report-docx"] = "the probe's business report with a photo after every 20 paragraphs; count: body paragraphs (default 24 small, 160 standard: about 30 pages)",
        ["workbook-xlsx"] = "the probe's workbook: its formulas without cached values, so opening it computes every one (5,184 formulas small, 34,084 standard); count: not used",
        ["sales-csv"] = "a sales ledger as comma-separated text, 8 columns; count: rows (default 20,000 small, 200,000 standard)",
        ["slides-pptx"] = "a slide deck: titles, bullet points, a photo on every other slide; count: slides (default 8 small, 40 standard)",
        ["empty-docx"] = "a document with one empty paragraph",
    };

    public static void Write(string generator, InputSize size, int seed, int? count, string path)
    {
        var standard = size == InputSize.Standard;
        var bytes = generator switch
        {
            "report-docx" => DocumentGenerator.Illustrated(count ?? DocumentGenerator.ParagraphCount(size), 20, seed),
            "workbook-xlsx" => WorkbookGenerator.Generate(size, seed),
            "sales-csv" => Encoding.UTF8.GetBytes(SalesCsv(count ?? (standard ? 200_000 : 20_000), seed)),
            "slides-pptx" => PresentationGenerator.Generate(count ?? (standard ? 40 : 8), seed),
            "empty-docx" => EmptyDocument(),
            _ => throw new ArgumentException($"unknown generator '{generator}' (known: {string.Join(", ", Generators.Keys)})", nameof(generator)),
        };
        File.WriteAllBytes(path, bytes);
    }

    private static string SalesCsv(int rows, int seed)
    {
        var random = new InputRandom(seed);
        var text = new StringBuilder("id,date,region,product,quantity,unit_price,amount,note\n");
        for (var i = 1; i <= rows; i++)
        {
            var quantity = random.Next(1, 500);
            var price = random.NextAmount(1000);
            var date = new DateOnly(2024, 1, 1).AddDays(random.Next(730));
            text.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append('R').Append(random.Next(1, 20).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Vocabulary.Words[random.Next(Vocabulary.Words.Length)]).Append(',')
                .Append(quantity.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(price.ToString("F2", CultureInfo.InvariantCulture)).Append(',')
                .Append((quantity * price).ToString("F2", CultureInfo.InvariantCulture)).Append(",\"")
                .Append(Vocabulary.Sentence(random, random.Next(2, 8)).Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\n");
        }

        return text.ToString();
    }

    private static byte[] EmptyDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph()));
        }

        return stream.ToArray();
    }
}
