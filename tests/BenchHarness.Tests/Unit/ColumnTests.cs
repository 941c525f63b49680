using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Reports.Columns;
using BenchHarness.Core.Results;

namespace BenchHarness.Tests.Unit;

/// <summary>Report tables as lists of columns, and their captions quoted from docs/method.md.</summary>
public sealed class ColumnTests
{
    [Fact]
    public void A_column_added_to_a_list_shows_in_the_table_with_its_header_and_text()
    {
        var table = new ColumnTable<CellResult>("Cells", [CellColumns.Platform, new("launches", "launches ok", c => Format.Count(c.Launches))]);

        var built = table.Build([new CellResult { Platform = "qemu", Workload = "document-render", Status = CellStatus.Ok, Launches = 6 }], new Dictionary<string, string?> { ["target"] = "2.0%" });

        Assert.Equal(["platform", "launches ok"], built.Header);
        Assert.Equal(["qemu", "6"], Assert.Single(built.Rows));
        Assert.Contains("the suite's target is ±2.0%.", built.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_csv_is_headed_by_the_column_ids_and_holds_raw_values()
    {
        var csv = Encoding.UTF8.GetString(new CsvReport().Export(ReportTests.Sample()).Single().Content).Split('\n');

        Assert.Equal(string.Join(',', ResultsCsvColumns.All.Select(c => c.Id)), csv[0]);
        Assert.StartsWith("qemu-aarch64,document-render,ok,,,0,3,44000000,40000000,48000000,", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_progress_table_the_index_caption_leaves_the_years_out()
    {
        var caption = ReportTables.Index(ReportTests.Sample() with { Progress = null }).Caption!;

        Assert.EndsWith("1.00× means no slowdown. ", caption, StringComparison.Ordinal);
        Assert.DoesNotContain("Years lost", caption, StringComparison.Ordinal);
        Assert.Contains("from single-thread (reference year 2025; SPEC)", ReportTables.Index(ReportTests.Sample() with
        {
            Progress = new ProgressInfo { Name = "single-thread", ReferenceYear = 2025, Source = "SPEC" },
        }).Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_filled_in_is_not_read_again_for_placeholders()
    {
        Assert.Equal("from {year} in 2025", Legends.Fill("from {progress} in {year}", new Dictionary<string, string?> { ["progress"] = "{year}", ["year"] = "2025" }));
        Assert.Equal("", Legends.Fill("from {progress}", new Dictionary<string, string?>()));
    }

    [Fact]
    public void The_plots_are_the_ones_docs_method_md_lists_in_its_order()
    {
        Assert.Equal(["index", "heatmap", "forest", "distributions", "warmup", "cold-warm"], ReportPlots.All.Select(p => p.Stem));
        Assert.StartsWith("Productivity regression index per platform", ReportPlots.All[0].Caption, StringComparison.Ordinal);
        Assert.Equal(ReportPlots.All.Select(p => p.Stem).Order(), Plots.RunCharts.Stems.Order());
    }
}
