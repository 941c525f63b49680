using System.Text;
using BenchHarness.Core.Compare;
using BenchHarness.Core.History;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Approved files for the pages made from more than report.md's data: report.html (without plots, so that no font
/// renderer is in it), compare.md of two runs and history's page over three. The runs are the approved journal's
/// result (<see cref="ApprovedFileTests"/>) and copies of it changed in known ways; approve as there.
/// </summary>
public sealed class ApprovedReportTests
{
    private static RunResult Reference => ApprovedFileTests.Result.Value;

    /// <summary>The reference run with qemu-aarch64 <paramref name="scale"/> times slower on document-render, a day later per <paramref name="day"/>.</summary>
    private static RunResult Later(int day, double scale, string version) => Reference with
    {
        Started = Reference.Started?.AddDays(day),
        Platforms = Reference.Platforms.Select(p => p.Name == "qemu-aarch64" ? p with { Version = version } : p).ToList(),
        Cells = Reference.Cells.Select(c => c is { Platform: "qemu-aarch64", Workload: "document-render" } ? c with { SamplesNs = c.SamplesNs.Select(v => (long)(v * scale)).ToList() } : c).ToList(),
        Comparisons = Reference.Comparisons.Select(c => c.Workload == "document-render" ? c with { Ratio = c.Ratio * scale, CiLower = c.CiLower * scale, CiUpper = c.CiUpper * scale } : c).ToList(),
    };

    [Fact]
    public void Report_html_is_as_approved() =>
        ApprovedFileTests.Verify("report.html", new HtmlReport().Export(Reference).Single(f => f.RelativePath == "report.html").Content);

    [Fact]
    public void Compare_md_of_two_runs_is_as_approved()
    {
        // The candidate: qemu 1.3× slower on document-render, native's spreadsheet-recalc newly crashed.
        var later = Later(1, 1.3, "qemu-aarch64 version 9.3");
        var candidate = later with { Cells = later.Cells.Select(c => c is { Platform: "native-aot", Workload: "spreadsheet-recalc" } ? c with { Status = CellStatus.Crashed, Error = "exit code 139" } : c).ToList() };
        // Two A/A runs of the reference's builds: one identical, one with qemu's document-render 2% slower.
        var version = Reference.Platforms.Single(p => p.Name == "qemu-aarch64").Version!;
        var aa = new[] { Reference with { Started = Reference.Started?.AddDays(-2) }, Later(-1, 1.02, version) };
        var gate = GateBuilder.Runs(Reference, "/runs/night-1", candidate, "/runs/night-2", aa, 0.05, 0.10, ["the emulator versions differ"]);

        ApprovedFileTests.Verify("compare.md", Encoding.UTF8.GetBytes(CompareReport.Markdown(gate)));
    }

    [Fact]
    public void History_html_is_as_approved()
    {
        var version = Reference.Platforms.Single(p => p.Name == "qemu-aarch64").Version!;
        var aa = new[] { Reference with { Started = Reference.Started?.AddDays(-2) }, Later(-1, 1.02, version) };
        var history = HistoryBuilder.Build([("/runs/night-1", Reference), ("/runs/night-2", Later(1, 1, "qemu-aarch64 version 9.2")), ("/runs/night-3", Later(2, 1.5, "qemu-aarch64 version 9.3"))], aa, 0.05);

        ApprovedFileTests.Verify("history.html", Encoding.UTF8.GetBytes(HistoryReport.Html(history)));
    }
}
