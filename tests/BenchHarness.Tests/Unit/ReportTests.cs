using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using BenchHarness.Plots;

namespace BenchHarness.Tests.Unit;

public sealed class ReportTests
{
    internal static RunResult Sample() => new()
    {
        Suite = new SuiteInfo
        {
            Name = "quick", Description = "test", Size = InputSize.Small, Launches = 1, Iterations = 5,
            Weights = new Dictionary<string, double> { ["document-render"] = 1 },
        },
        Host = new HostInfo { Platform = "linux-x64" },
        Platforms =
        [
            new PlatformResult { Name = "native-aot", Target = "linux-x64-aot", Status = PlatformStatus.Available, Arch = "X64", Os = "Linux", Runtime = ".NET 10" },
            new PlatformResult
            {
                Name = "qemu-aarch64", Target = "linux-arm64-aot", Baseline = "native-aot", Launcher = ["qemu-aarch64"], Status = PlatformStatus.Available,
                Version = "qemu-aarch64 version 7.2.0", Arch = "Arm64", Os = "Linux", Runtime = ".NET 10",
            },
            new PlatformResult { Name = "wine", Target = "win-x64-jit", Baseline = "native-jit", Launcher = ["wine64"], Status = PlatformStatus.Unavailable, Reason = "wine64 not found" },
        ],
        Cells =
        [
            new CellResult { Platform = "native-aot", Workload = "document-render", Status = CellStatus.Ok, SamplesNs = [10_000_000, 11_000_000, 12_000_000], MedianNs = 11e6, CiLowerNs = 10e6, CiUpperNs = 12e6, Checksum = "ab" },
            new CellResult
            {
                Platform = "qemu-aarch64", Workload = "document-render", Status = CellStatus.Ok, SamplesNs = [40_000_000, 44_000_000, 48_000_000], MedianNs = 44e6, CiLowerNs = 40e6, CiUpperNs = 48e6, Checksum = "ab",
                Warm = new SampleSummary
                {
                    Count = 3, MedianNs = 44e6, CiLowerNs = 40e6, CiUpperNs = 48e6, RelativeHalfWidth = 4e6 / 44e6, Q1Ns = 42e6, Q3Ns = 46e6,
                    MinNs = 40e6, MaxNs = 48e6, RelativeIqr = 4e6 / 44e6, Modes = 2, TargetMet = false,
                },
                LaunchPrecision = 0.05, TargetMet = false,
            },
            new CellResult { Platform = "wine", Workload = "document-render", Status = CellStatus.Unavailable, Error = "wine64 not found, \"really\"" },
        ],
        Comparisons =
        [
            new ComparisonResult
            {
                Platform = "qemu-aarch64", Baseline = "native-aot", Workload = "document-render", Ratio = 4, CiLower = 3.3, CiUpper = 4.8, ColdRatio = 5, StartupRatio = 20,
                PValue = 0.0004, Different = true, Equivalent = false, Verdict = Verdict.Slower, Rounds = 6, RoundsPValue = 0.002, AdjustedPValue = 0.03,
            },
        ],
        Index =
        [
            new IndexResult
            {
                Platform = "qemu-aarch64", Baseline = "native-aot", Value = 4, CiLower = 3.3, CiUpper = 4.8, WorkloadsCovered = 1, WorkloadsInSuite = 1, Coverage = 1,
                OfficeDay = new IndexFigure { Value = 5, CiLower = 4.1, CiUpper = 6 }, Rounds = 6,
                ColdValue = 6, ColdCiLower = 5, ColdCiUpper = 7, YearsLost = 14.2, YearsLostFewest = 13.6, YearsLostMost = 15.1,
            },
        ],
        Progress = new ProgressInfo { Name = "single-thread", Source = "Hennessy and Patterson", ReferenceYear = 2025 },
    };

    private static string Text(IExporter exporter, string file) =>
        Encoding.UTF8.GetString(exporter.Export(Sample()).Single(f => f.RelativePath == file).Content);

    [Fact]
    public void The_markdown_report_has_the_headline_and_every_table()
    {
        var md = Text(new MarkdownReport(), "report.md");

        Assert.Contains("qemu-aarch64 against native-aot: an office day takes 5.00× [4.10× – 6.00×] as long; geometric-mean score 4.00× [3.30× – 4.80×] — complete: 1 of 1 workloads; "
            + "read through a model of hardware progress, 14–15 years of single-thread progress lost (14 years at the table's own rates)", md);
        Assert.Contains("| workload | platform | baseline | warm ratio |", md);
        Assert.Contains("| document-render | qemu-aarch64 | native-aot | 4.00× | [3.30× – 4.80×] | 6 | 0.030 | < 0.001 | slower |  | 5.00× | 20.0× |", md);
        Assert.Contains("| qemu-aarch64 | document-render | ok | – | 0 | 44.0 ms | [40.0 ms – 48.0 ms] | ±5.0% (target missed) | 3 | 9.1% | 0 | 2 (multimodal) |", md);
        Assert.Contains("| 6.00× | [5.00× – 7.00×] |", md);
        Assert.Contains("Hennessy and Patterson", md);
        Assert.Contains("unavailable: wine64 not found", md);
        Assert.Contains("Harrell", md);
    }

    [Fact]
    public void The_csv_has_one_quoted_row_per_cell()
    {
        var lines = Text(new CsvReport(), "results.csv").TrimEnd('\n').Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.StartsWith("platform,workload,status,", lines[0]);
        Assert.Contains(",native-aot,4,3.3,4.8,6,0.002,0.03,0.0004,slower,", lines[2]);
        Assert.Equal(lines[0].Count(c => c == ','), lines[2].Count(c => c == ','));
    }

    [Fact]
    public void The_html_report_escapes_text_and_links_the_plot()
    {
        var html = Text(new HtmlReport(), "report.html");

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("&quot;really&quot;", html);
        Assert.Contains("plots/slowdown.svg", html);
        Assert.Equal(4, html.Split("<table>").Length - 1);
    }

    [Fact]
    public void The_slowdown_chart_renders_a_png_and_an_svg()
    {
        var files = new SlowdownChart().Export(Sample());
        var png = files.Single(f => f.RelativePath == "plots/slowdown.png").Content;
        var svg = Encoding.UTF8.GetString(files.Single(f => f.RelativePath == "plots/slowdown.svg").Content);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(SlowdownChart.Width, bitmap.Width);
        Assert.Contains("<svg", svg);
        Assert.Contains("qemu-aarch64", svg);
    }

    [Fact]
    public void Result_json_round_trips()
    {
        var directory = Fakes.TestData.TempDirectory();
        File.WriteAllBytes(Path.Combine(directory, ResultFile.FileName), ResultFile.Serialize(Sample()));
        var read = ResultFile.Read(directory);

        Assert.Equal(4, read.SchemaVersion);
        Assert.Equal(Verdict.Slower, read.Comparisons[0].Verdict);
        Assert.Equal(2, read.Cells[1].Warm!.Modes);
        Assert.Equal(Sample().Cells[1].SamplesNs, read.Cells[1].SamplesNs);
        Assert.Equal(4, read.Index[0].Value);
    }
}
