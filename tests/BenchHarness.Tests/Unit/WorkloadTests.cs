using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Document;
using BenchHarness.Workloads.Inputs;
using BenchHarness.Workloads.Spreadsheet;

namespace BenchHarness.Tests.Unit;

public sealed class WorkloadTests
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void The_formula_engine_recalculates_a_hand_checked_sheet()
    {
        var workbook = new Workbook();
        void Value(string cell, double v) => workbook.Values[Address(cell)] = v;
        void Formula(string cell, string f) => workbook.Formulas[Address(cell)] = FormulaParser.Parse(f, "S");
        Value("A1", 2);
        Value("B1", 3);
        Value("A2", 10);
        Formula("C1", "=A1*B1+1");                  // 7
        Formula("C2", "SUM(A1:B2)");                // 2 + 3 + 10 + 0 = 15
        Formula("C3", "IF(C1>C2, 1, AVERAGE(A1:A2))"); // 6
        Formula("C4", "ROUND(2.5, 0) - -C3^2/4");   // as in Excel, unary minus binds before ^: 3 - (-6)^2/4 = -6
        Formula("C5", "MAX(C1:C4) - MIN(A1, B1)");  // 15 - 2 = 13
        var engine = new RecalcEngine(workbook);
        engine.RecalculateAll();

        Assert.Equal(7, engine.Results[Address("C1")]);
        Assert.Equal(15, engine.Results[Address("C2")]);
        Assert.Equal(6, engine.Results[Address("C3")]);
        Assert.Equal(-6, engine.Results[Address("C4")]);
        Assert.Equal(13, engine.Results[Address("C5")]);
    }

    [Fact]
    public void A_circular_reference_is_an_error_not_a_hang()
    {
        var workbook = new Workbook();
        workbook.Formulas[Address("A1")] = FormulaParser.Parse("B1+1", "S");
        workbook.Formulas[Address("B1")] = FormulaParser.Parse("A1+1", "S");

        Assert.Throws<InvalidDataException>(() => new RecalcEngine(workbook).RecalculateAll());
    }

    [Theory]
    [InlineData("SUM(A1:")]
    [InlineData("1+")]
    [InlineData("A0")]
    public void A_malformed_formula_is_a_format_error(string formula) =>
        Assert.Throws<FormatException>(() => FormulaParser.Parse(formula, "S"));

    [Fact]
    public void The_generated_workbook_reads_back_with_every_formula()
    {
        var workbook = XlsxReader.Read(new MemoryStream(WorkbookGenerator.Generate(InputSize.Small, 42)));

        Assert.Equal(WorkbookGenerator.RowCount(InputSize.Small) * 7, workbook.Formulas.Count);
        Assert.Equal(WorkbookGenerator.RowCount(InputSize.Small) * 4, workbook.Values.Count);
    }

    [Fact]
    public void Greedy_line_breaking_never_exceeds_the_width_and_keeps_every_word()
    {
        using var typeface = SkiaSharp.SKTypeface.FromFile(Font);
        using var measure = new TextMeasure(typeface);
        var text = string.Join(' ', Enumerable.Repeat("quarterly revenue increased across regional offices", 20));
        var lines = PageLayout.BreakLines(text, w => measure.Width(w, 14.67), 300);

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(measure.Width(l, 14.67) <= 300 + 1e-9));
        Assert.Equal(text, string.Join(' ', lines));
    }

    public static TheoryData<string> AllWorkloads() => new(WorkloadCatalog.All.Select(w => w.Name));

    [Theory]
    [MemberData(nameof(AllWorkloads))]
    public void Every_workload_gives_the_same_checksum_every_time_and_another_for_other_inputs(string name)
    {
        var workload = WorkloadCatalog.Find(name)!;
        using var first = workload.Prepare(new WorkloadContext(InputSize.Small, 42, Fakes.TestData.TempDirectory(), Font));
        using var other = workload.Prepare(new WorkloadContext(InputSize.Small, 7, Fakes.TestData.TempDirectory(), Font));
        var checksum = first.Run();

        Assert.Equal(checksum, first.Run());
        Assert.NotEqual(checksum, other.Run());
    }

    [Fact]
    public void The_small_report_lays_out_into_several_full_pages()
    {
        var blocks = DocxReader.Read(new MemoryStream(DocumentGenerator.Generate(InputSize.Small, 42)));
        using var typeface = SkiaSharp.SKTypeface.FromFile(Font);
        using var layout = new PageLayout(typeface);
        var pages = layout.Layout(blocks);

        Assert.InRange(pages.Count, 3, 8);
        Assert.Equal(pages.Count, PageRasteriser.Render(pages, typeface));
    }

    [Fact]
    public void Text_is_measured_in_the_fonts_design_units()
    {
        using var typeface = SkiaSharp.SKTypeface.FromFile(Font);
        using var measure = new TextMeasure(typeface);

        // DejaVu Sans: 2048 units per em; 'quarterly' advances 9381 units (FreeType and DirectWrite agree).
        Assert.Equal(9381 * 11.0 / 2048, measure.Width("quarterly", 11), 9);
    }

    [Fact]
    public void Checksums_ignore_last_bit_floating_point_differences_but_not_real_ones()
    {
        static ulong Of(double v)
        {
            var c = new Checksum();
            c.Add(v);
            return c.Value;
        }

        Assert.Equal(Of(0.3), Of(0.1 + 0.2));
        Assert.NotEqual(Of(0.3), Of(0.30001));
    }

    private static CellAddress Address(string text) => CellAddress.TryParse("S", text, out var a) ? a : throw new ArgumentException(text);
}
