using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Document;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Tests.Unit;

public sealed class WorkloadTests
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

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

}
