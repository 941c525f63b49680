using System.IO.Compression;
using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

public sealed class OutputCheckerTests
{
    private static string Workbook(params (string Entry, string Xml)[] parts)
    {
        var path = Path.Combine(TestData.TempDirectory(), "book.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (entry, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), Encoding.UTF8);
                writer.Write(xml);
            }
        }

        return path;
    }

    [Fact]
    public void A_workbooks_text_is_its_shared_strings_then_each_sheets_values_in_order_without_dates_or_ids()
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var book = Workbook(
            ("docProps/core.xml", "<cp:coreProperties><dcterms:created>2026-11-27T05:00:00Z</dcterms:created></cp:coreProperties>"),
            ("xl/worksheets/sheet10.xml", $"""<worksheet xmlns="{Main}"><sheetData><row><c><v>10</v></c></row></sheetData></worksheet>"""),
            ("xl/worksheets/sheet2.xml", $"""<worksheet xmlns="{Main}"><sheetData><row><c><f>A1*2</f><v>4</v></c><c t="inlineStr"><is><t>inline</t></is></c><c><v>5</v></c></row></sheetData></worksheet>"""),
            ("xl/sharedStrings.xml", $"""<sst xmlns="{Main}"><si><t>alpha</t></si><si><r><t>be</t></r><r><t>ta</t></r></si></sst>"""));

        // Written out by hand: the shortest part name first (sheet2 before sheet10), a value after a value is kept.
        Assert.Equal("# xl/sharedStrings.xml\nalpha\nbe\nta\n# xl/worksheets/sheet2.xml\n4\ninline\n5\n# xl/worksheets/sheet10.xml\n10\n", OutputChecker.WorkbookText(book));
    }

    [Fact]
    public void The_checksum_of_a_text_file_is_the_sha256_of_its_bytes_and_a_damaged_workbook_is_not_text()
    {
        var directory = TestData.TempDirectory();
        var file = Path.Combine(directory, "out.txt");
        File.WriteAllText(file, "hello");
        var damaged = Path.Combine(directory, "damaged.xlsx");
        File.WriteAllBytes(damaged, [.. "PK\u0003\u0004"u8, .. new byte[64]]);

        // sha256sum of "hello": 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824.
        Assert.Equal(new OutputChecker.Verdict("2cf24dba5fb0a30e", null), OutputChecker.Check(new OutputCheck { File = file, Text = true }, file));
        Assert.Equal(new OutputChecker.Verdict("exists", null), OutputChecker.Check(new OutputCheck { File = file }, file));
        Assert.Null(OutputChecker.WorkbookText(damaged));
    }

    /// <summary>A two-page PDF written by hand (no xref: poppler rebuilds it), its pages empty.</summary>
    private static string TwoPagePdf()
    {
        var path = Path.Combine(TestData.TempDirectory(), "two.pdf");
        File.WriteAllText(path, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R 4 0 R]/Count 2>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n4 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n");
        return path;
    }

    [Fact]
    public void A_pdfs_page_count_is_read_by_pdfinfo_and_checked_against_its_range()
    {
        var pdf = TwoPagePdf();

        Assert.Equal(2, OutputChecker.PdfPages(pdf));
        Assert.Equal(new OutputChecker.Verdict("pages=2", null), OutputChecker.Check(new OutputCheck { File = pdf, Pages = [2, 2] }, pdf));
        Assert.Equal("two.pdf has 2 pages, outside [3, 40]", OutputChecker.Check(new OutputCheck { File = pdf, Pages = [3, 40] }, pdf).Problem);
        // Its text is two form feeds (pdftotext ends every page with one): printf '\f\f' | sha256sum.
        Assert.Equal("7060584c3e59f0b2", OutputChecker.Check(new OutputCheck { File = pdf, Text = true }, pdf).Checksum);
    }

    [Fact]
    public void A_page_range_on_a_file_that_is_not_a_pdf_is_a_problem_not_a_pass()
    {
        var file = Path.Combine(TestData.TempDirectory(), "out.txt");
        File.WriteAllText(file, "hello");

        Assert.Equal("out.txt is not a PDF, so it has no page count to check", OutputChecker.Check(new OutputCheck { File = file, Pages = [1, 1] }, file).Problem);
    }
}
