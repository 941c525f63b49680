using BenchHarness.Tests.Fakes;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Document;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The generated report is a real .docx: LibreOffice Writer (libreoffice-writer-nogui) opens it and exports
/// it to PDF, and its page count is close to our layout's (Writer uses its own fonts and page defaults, so
/// close, not equal: within 25%).
/// </summary>
[Trait("Category", "Integration")]
public sealed class LibreOfficeWriterTests
{
    [Theory]
    [InlineData(InputSize.Small)]
    [InlineData(InputSize.Standard)]
    public void Writer_opens_the_report_and_paginates_it_about_as_we_do(InputSize size)
    {
        var directory = TestData.TempDirectory();
        var docx = Path.Combine(directory, "report.docx");
        File.WriteAllBytes(docx, DocumentGenerator.Generate(size, 42));
        using var fonts = new DocumentFonts(WorkloadFonts.Beside);
        var ours = PageLayout.Layout(DocxReader.Read(File.OpenRead(docx)), fonts).Count;

        var pdf = LibreOffice.Convert(docx, "pdf", directory);
        var (writers, complete) = PdfExporter.Inspect(File.ReadAllBytes(pdf));

        Assert.True(complete, "Writer's PDF is incomplete");
        Assert.InRange(ours, writers * 0.75, writers * 1.25);
    }
}
