using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// A counting run's report names what it measured (host instructions) where a timed one says time, and leaves out what
/// counts cannot mean: response-time limits, years of hardware progress, cold invocations, warm-up. The run is the approved
/// fixed journal's, marked as counted, so the two reports differ only by the measure.
/// </summary>
public sealed class CountingReportTests
{
    private static RunResult Counted(RunResult timed) => timed with
    {
        Suite = timed.Suite with { Measure = MeasureKind.Instructions },
        Index = timed.Index.Select(i => i with { Measure = MeasureKind.Instructions }).ToList(),
        Cells = timed.Cells.Select(c => c with { Measure = MeasureKind.Instructions }).ToList(),
    };

    private static string Markdown(RunResult result) => Encoding.UTF8.GetString(new MarkdownReport().Export(result).Single(f => f.RelativePath == "report.md").Content);

    [Fact]
    public void A_counting_report_says_host_instructions_and_leaves_out_what_counts_cannot_mean()
    {
        var timed = Markdown(ApprovedFileTests.Result.Value);
        var counted = Markdown(Counted(ApprovedFileTests.Result.Value));

        // What the timed report says, and the counted one must not.
        string[] timeOnly = ["timed natively", "| office-day slowdown |", "years lost (model)", "| crosses |", "plots/warmup.svg", "plots/cold-warm.svg", "start-up score (cold)", "an hour of office work takes"];
        Assert.All(timeOnly, t => Assert.Contains(t, timed, StringComparison.Ordinal));
        Assert.All(timeOnly, t => Assert.DoesNotContain(t, counted, StringComparison.Ordinal));

        Assert.Contains("counted in host instructions (valgrind) natively", counted, StringComparison.Ordinal);
        Assert.Contains("## Platforms at a glance (host instructions)", counted, StringComparison.Ordinal);
        Assert.Contains("| office-day instruction ratio |", counted, StringComparison.Ordinal);
        Assert.Contains("## Slowdown at a glance (host instructions)", counted, StringComparison.Ordinal);
        Assert.Contains("Host-instruction index per platform", counted, StringComparison.Ordinal);
        Assert.Contains("A counting run (`run --measure instructions`)", counted.Replace("\\`", "`", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plot_a_counting_report_lists_is_one_a_timed_report_lists()
    {
        var counted = ReportPlots.For(MeasureWords.Instructions).Select(p => p.Stem).ToList();

        Assert.Equal(["index", "heatmap", "forest", "distributions"], counted);
        Assert.All(counted, stem => Assert.Contains(ReportPlots.All, p => p.Stem == stem));
    }
}
