using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.Document;

/// <summary>What the document actions start from: the generated report, opened and laid out as far as the action needs.</summary>
internal static class DocumentInputs
{
    public static byte[] Docx(WorkloadContext context) => context.Inputs.Document();

    public static OpenedDocument Opened(WorkloadContext context) => DocxReader.Read(new MemoryStream(Docx(context), writable: false));

    /// <summary>The report opened and laid out, with the fonts it was laid out in and the checksum of what its pages hold.</summary>
    public static LaidOutReport LaidOut(WorkloadContext context)
    {
        var fonts = new DocumentFonts(context.Fonts);
        var pages = PageLayout.Layout(Opened(context), fonts);
        var drawn = new Checksum();
        DocumentCanonical.Add(ref drawn, pages);
        return new LaidOutReport(pages, fonts, drawn.Value);
    }
}

/// <param name="Drawn">The checksum of the pages' content, computed once: it is the same on every iteration.</param>
internal sealed record LaidOutReport(IReadOnlyList<LaidOutPage> Pages, DocumentFonts Fonts, ulong Drawn);

/// <summary>Open the report: unzip the .docx, parse its XML with the Open XML SDK, resolve styles and lists, load the picture.</summary>
public sealed class DocumentOpenWorkload : IWorkload
{
    public string Name => "document-open";

    public string Family => "document";

    public string Description => "Open a .docx report: parse the package, resolve styles and numbering, load the embedded picture";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(DocumentInputs.Docx(context));

    private sealed class Prepared(byte[] docx) : IPreparedWorkload
    {
        public ulong Run()
        {
            var checksum = new Checksum();
            DocumentCanonical.Add(ref checksum, DocxReader.Read(new MemoryStream(docx, writable: false)));
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}

/// <summary>Lay the open report out: measure every word with the real fonts, break lines, number lists, paginate.</summary>
public sealed class DocumentLayoutWorkload : IWorkload
{
    public string Name => "document-layout";

    public string Family => "document";

    public string Description => "Lay out the open report: measure text with the fonts (Latin and CJK), break lines, paginate onto A4";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(DocumentInputs.Opened(context), new DocumentFonts(context.Fonts));

    private sealed class Prepared(OpenedDocument document, DocumentFonts fonts) : IPreparedWorkload
    {
        public ulong Run()
        {
            var checksum = new Checksum();
            DocumentCanonical.Add(ref checksum, PageLayout.Layout(document, fonts));
            return checksum.Value;
        }

        public void Dispose() => fonts.Dispose();
    }
}

/// <summary>
/// Render the laid-out report's pages to screen bitmaps: text, table borders, the picture. Antialiased pixels
/// differ between x64 and Arm64, so the canonical result is the pages that received ink plus what was drawn.
/// </summary>
public sealed class DocumentRenderWorkload : IWorkload
{
    public string Name => "document-render";

    public string Family => "document";

    public string Description => "Render every page of the laid-out report to an A4 bitmap (text, tables, the decoded photo)";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(DocumentInputs.LaidOut(context));

    private sealed class Prepared(LaidOutReport report) : IPreparedWorkload
    {
        public ulong Run()
        {
            var checksum = new Checksum();
            checksum.Add(PageRasteriser.Render(report.Pages, report.Fonts));
            checksum.Add((long)report.Drawn);
            return checksum.Value;
        }

        public void Dispose() => report.Fonts.Dispose();
    }
}

/// <summary>
/// Export the laid-out report as a PDF file. The bytes differ between builds (compression), so the canonical
/// result is the PDF's page count, checked complete, plus what was drawn.
/// </summary>
public sealed class DocumentExportPdfWorkload : IWorkload
{
    public string Name => "document-export-pdf";

    public string Family => "document";

    public string Description => "Export the laid-out report as PDF (its fonts embedded, the photo passed through) and save it";

    public IPreparedWorkload Prepare(WorkloadContext context) =>
        new Prepared(DocumentInputs.LaidOut(context), Path.Combine(context.ScratchDirectory, "report.pdf"));

    private sealed class Prepared(LaidOutReport report, string path) : IPreparedWorkload
    {
        public ulong Run()
        {
            using var pdf = new MemoryStream();
            PdfExporter.Export(report.Pages, report.Fonts, pdf);
            var written = pdf.GetBuffer().AsSpan(0, (int)pdf.Length);
            File.WriteAllBytes(path, written);
            var (pageCount, complete) = PdfExporter.Inspect(written);
            if (!complete || pageCount != report.Pages.Count)
            {
                throw new InvalidDataException($"The PDF has {pageCount} pages for {report.Pages.Count} laid out{(complete ? "" : ", and it is truncated")}.");
            }

            var checksum = new Checksum();
            checksum.Add(pageCount);
            checksum.Add((long)report.Drawn);
            return checksum.Value;
        }

        public void Dispose() => report.Fonts.Dispose();
    }
}
