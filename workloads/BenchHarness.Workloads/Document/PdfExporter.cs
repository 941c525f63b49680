using System.Text;
using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// Exports laid-out pages as PDF with SkiaSharp's PDF backend (Skia embeds and subsets the fonts and
/// passes the JPEG picture through), one A4 page (595 × 842 pt) per laid-out page.
/// </summary>
public static class PdfExporter
{
    private const float PointsPerPixel = 72f / 96f;

    public static void Export(IReadOnlyList<LaidOutPage> pages, DocumentFonts fonts, Stream output)
    {
        using var stream = new SKManagedWStream(output);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = "Quarterly report",
            Creator = "BenchHarness document-export-pdf",
            Producer = "SkiaSharp",
            RasterDpi = 96,
        };
        using var document = SKDocument.CreatePdf(stream, metadata) ?? throw new InvalidOperationException("SkiaSharp has no PDF backend here.");
        using var drawer = new PageDrawer(fonts);
        foreach (var page in pages)
        {
            var canvas = document.BeginPage(PageLayout.PageWidth * PointsPerPixel, PageLayout.PageHeight * PointsPerPixel);
            canvas.Scale(PointsPerPixel);
            drawer.Draw(canvas, page);
            document.EndPage();
        }

        document.Close();
    }

    /// <summary>The number of page objects in a PDF (<c>/Type /Page</c>, not <c>/Pages</c>) and whether it ends with <c>%%EOF</c>.</summary>
    public static (int Pages, bool Complete) Inspect(ReadOnlySpan<byte> pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var pages = 0;
        for (var at = text.IndexOf("/Type", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Type", at + 5, StringComparison.Ordinal))
        {
            var value = at + 5;
            while (value < text.Length && char.IsWhiteSpace(text[value]))
            {
                value++;
            }

            var end = value + 5;
            if (string.CompareOrdinal(text, value, "/Page", 0, 5) == 0 && (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end])))
            {
                pages++;
            }
        }

        return (pages, text.StartsWith("%PDF-", StringComparison.Ordinal) && text.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal));
    }
}
