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
                    MinNs = 40e6, MaxNs = 48e6, WhiskerLowerNs = 40e6, WhiskerUpperNs = 48e6, RelativeIqr = 4e6 / 44e6, Modes = 2, TargetMet = false,
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

    [Theory]
    [InlineData(IntervalScope.BetweenProcesses, 3, "(intervals from only 3 rounds of fresh processes: rough)")]
    [InlineData(IntervalScope.BetweenProcesses, 2, "(intervals from only 2 rounds of fresh processes: rough)")]
    [InlineData(IntervalScope.BetweenProcesses, 4, null)]
    [InlineData(IntervalScope.WithinProcess, 1, "(intervals within one process only")]
    public void A_headline_says_when_its_intervals_rest_on_few_rounds(IntervalScope scope, int rounds, string? says)
    {
        var headline = ReportTables.Headline(Sample().Index[0] with { IntervalScope = scope, Rounds = rounds });

        Assert.Equal(says is not null, headline.Contains("(intervals ", StringComparison.Ordinal));
        Assert.Contains(says ?? "", headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20.4, 21.2, "20–21 years")]
    [InlineData(22.6, 23.4, "23 years")]
    [InlineData(0.6, 1.2, "1 year")]
    public void A_range_of_years_whose_ends_round_alike_is_one_figure(double fewest, double most, string expected)
    {
        Assert.Equal(expected, Format.YearsRange(fewest, most));
    }

    [Fact]
    public void The_markdown_report_has_the_headline_and_every_table()
    {
        var md = Text(new MarkdownReport(), "report.md");

        // Markdown escapes: brackets and pipes with a backslash, so that no text from a file can become a link or a column.
        Assert.Contains("**qemu-aarch64 against native-aot: an office day takes 5.00× \\[4.10× – 6.00×\\] as long.**", md);
        Assert.Contains("| geometric-mean score | 4.00× \\[3.30× – 4.80×\\] |", md);
        Assert.Contains("| workloads | 1 of 1, none failed |", md);
        Assert.Contains("| years of single-thread progress lost (a model) | 14–15 years (14 years at the table's own rates) |", md);
        // The first screen: what was measured where, then every platform at a glance before any platform's section.
        Assert.Contains("1 office action (small inputs, suite", md);
        Assert.Contains("| qemu-aarch64 | native-aot | 5.00× \\[4.10× – 6.00×\\] | 4.00× \\[3.30× – 4.80×\\] | 1 of 1 | 0 | 14–15 years |", md);
        Assert.True(md.IndexOf("## Platforms at a glance", StringComparison.Ordinal) < md.IndexOf("## qemu-aarch64 against native-aot", StringComparison.Ordinal));
        Assert.Contains("| action | native-aot | qemu-aarch64 | ratio \\[95% CI\\] | crosses |", md);
        Assert.Contains("| document-render | 11.0 ms | 44.0 ms | 4.00× \\[3.30× – 4.80×\\] |  |", md);
        Assert.Contains("None of its 1 timed actions crosses a response-time limit", md);
        Assert.Contains("| workload | qemu-aarch64 ÷ native-aot |", md);
        Assert.Contains("| document-render | 4.00× \\* |", md);
        Assert.Contains("| workload | platform | baseline | warm ratio |", md);
        Assert.Contains("| document-render | qemu-aarch64 | native-aot | 4.00× | \\[3.30× – 4.80×\\] | 6 | 0.030 | &lt; 0.001 | slower |  | 5.00× | 20.0× |", md);
        Assert.Contains("| precision between processes (target ±2.0%) |", md);
        Assert.Contains("| qemu-aarch64 | document-render | ok | – | 0 | 44.0 ms | \\[40.0 ms – 48.0 ms\\] | ±5.0% | 3 | 9.1% | 0 | 2 (multimodal) |", md);
        Assert.Contains("| 6.00× | \\[5.00× – 7.00×\\] |", md);
        Assert.Contains("Hennessy and Patterson", md);
        Assert.Contains("unavailable: wine64 not found", md);
        Assert.Contains("Harrell", md);
        Assert.Contains("![Productivity regression index per platform", md);
        Assert.Contains("](plots/forest.svg)", md);
        Assert.Contains("| file systems | not recorded |", md);
    }

    [Fact]
    public void A_platform_named_like_a_script_is_escaped_in_every_report()
    {
        const string evil = "<script>alert(1)</script>";
        var result = Sample() with
        {
            Suite = Sample().Suite with { Name = evil },
            Platforms = Sample().Platforms.Select(p => p.Name == "qemu-aarch64" ? p with { Name = evil, Description = evil, Version = evil, Launcher = [evil] } : p).ToList(),
            Cells = Sample().Cells.Select(c => c.Platform == "qemu-aarch64" ? c with { Platform = evil } : c).ToList(),
            Comparisons = Sample().Comparisons.Select(c => c with { Platform = evil }).ToList(),
            Index = Sample().Index.Select(i => i with { Platform = evil }).ToList(),
            Notes = [evil],
        };
        var charts = new RunCharts();
        var files = new IExporter[] { new MarkdownReport(), new HtmlReport(charts), new CsvReport(), charts }.SelectMany(e => e.Export(result)).ToList();

        foreach (var file in files.Where(f => !f.RelativePath.EndsWith(".png", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(file.Content);
            if (file.RelativePath == "results.csv")
            {
                Assert.Contains(evil, text); // CSV is data for a spreadsheet or a script, never rendered as a page
                continue;
            }

            Assert.DoesNotContain(evil, text);
            Assert.DoesNotContain("<script>alert", text);
        }

        var md = Encoding.UTF8.GetString(files.Single(f => f.RelativePath == "report.md").Content);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", md);
        var html = Encoding.UTF8.GetString(files.Single(f => f.RelativePath == "report.html").Content);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void The_disclosure_names_the_machine_the_software_and_the_build()
    {
        var result = Sample() with
        {
            Host = new HostInfo
            {
                Platform = "linux-x64",
                Machine = new MachineInfo
                {
                    CpuModel = "Intel(R) Xeon(R) Processor", CpuFlags = ["avx2", "avx512f"], Cores = 2, MemoryBytes = 24L << 30, Kernel = "6.1.0", Os = "Debian GNU/Linux 12 (bookworm)",
                    VirtualMachine = "KVM", FileSystems = new Dictionary<string, string> { ["output"] = "ext4 on /dev/vda, mounted at /", ["temp"] = "tmpfs on tmpfs, mounted at /tmp" },
                    DotnetSdk = "10.0.401", DotnetRuntime = ".NET 10.0.12", Harness = "0123456789abcdef", HarnessDirty = true, ProbeBuilds = new Dictionary<string, string> { ["linux-x64-aot"] = "feedface00000000" },
                },
            },
            Suite = Sample().Suite with { FileSha256 = "cafe000000000000", Seed = 42 },
        };

        var rows = ReportTables.Disclosure(result).Rows.ToDictionary(r => r[0], r => r[1]);

        Assert.Equal("Intel(R) Xeon(R) Processor, 2 cores; avx2 avx512f", rows["CPU"]);
        Assert.Equal("24 GiB", rows["memory"]);
        Assert.Equal("KVM", rows["virtual machine"]);
        Assert.Equal("none detected", rows["container"]);
        Assert.Equal("output: ext4 on /dev/vda, mounted at /; temp: tmpfs on tmpfs, mounted at /tmp", rows["file systems"]);
        Assert.Equal("SDK 10.0.401, harness runtime .NET 10.0.12", rows[".NET"]);
        Assert.Equal("0123456789abcdef with uncommitted changes", rows["BenchHarness"]);
        Assert.Equal("linux-x64-aot feedface00000000", rows["probe builds (SHA-256)"]);
        Assert.StartsWith("quick (file SHA-256 cafe000000000000): small inputs, seed 42,", rows["suite"]);
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
    public void The_html_report_is_self_contained_with_the_plots_inline_and_the_long_tables_folded()
    {
        var html = Text(new HtmlReport(new RunCharts()), "report.html");

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("&quot;really&quot;", html);
        Assert.Equal(6, html.Split("<figure").Length - 1);
        Assert.Equal(6, html.Split("<svg").Length - 1);
        Assert.DoesNotContain("<?xml", html);
        Assert.Contains("url(#forest-", html); // clip paths prefixed per plot, so two plots cannot share an id
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
        Assert.Equal(2, html.Split("<details>").Length - 1); // the comparisons and the cells
    }

    [Fact]
    public void The_six_plots_render_as_png_and_svg()
    {
        var files = new RunCharts().Export(Sample());

        Assert.Equal(["cold-warm", "distributions", "forest", "heatmap", "index", "warmup"], ReportPlots.All.Select(p => p.Stem).Order());
        foreach (var plot in ReportPlots.All)
        {
            var png = files.Single(f => f.RelativePath == $"plots/{plot.Stem}.png").Content;
            var svg = Encoding.UTF8.GetString(files.Single(f => f.RelativePath == $"plots/{plot.Stem}.svg").Content);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            Assert.True(bitmap.Width >= 800, plot.Stem);
            Assert.Contains("<svg", svg);
        }

        Assert.Contains("qemu-aarch64", Encoding.UTF8.GetString(files.Single(f => f.RelativePath == "plots/forest.svg").Content));
    }

    [Fact]
    public void The_forest_plot_marks_a_crashed_cell_with_its_status()
    {
        var result = Sample() with
        {
            Suite = Sample().Suite with { Weights = new Dictionary<string, double> { ["document-render"] = 1, ["text-find-replace"] = 1 } },
            Cells = [.. Sample().Cells, new CellResult { Platform = "native-aot", Workload = "text-find-replace", Status = CellStatus.Ok, MedianNs = 1e6 },
                new CellResult { Platform = "qemu-aarch64", Workload = "text-find-replace", Status = CellStatus.Crashed, Error = "signal 11" }],
        };

        var rows = ForestChart.Rows(result);

        Assert.Equal(["document-render", "text-find-replace"], rows.Select(r => r.Workload));
        Assert.Equal("crashed", rows[1].Failure);
        var svg = Encoding.UTF8.GetString(new RunCharts().Export(result).Single(f => f.RelativePath == "plots/forest.svg").Content);
        Assert.Matches("<text fill=\"#B42318\"[^>]*>\\s*crashed\\s*</text>", svg); // in red, beside its cross
    }

    [Fact]
    public void Result_json_round_trips()
    {
        var directory = Fakes.TestData.TempDirectory();
        File.WriteAllBytes(Path.Combine(directory, ResultFile.FileName), ResultFile.Serialize(Sample()));
        var read = ResultFile.Read(directory);

        Assert.Equal(5, read.SchemaVersion);
        Assert.Equal(Verdict.Slower, read.Comparisons[0].Verdict);
        Assert.Equal(2, read.Cells[1].Warm!.Modes);
        Assert.Equal(Sample().Cells[1].SamplesNs, read.Cells[1].SamplesNs);
        Assert.Equal(4, read.Index[0].Value);
    }

    /// <summary>Native cells known to ±2%, ±4% and ±10% between processes (an emulated one's ±50% is not the machine's noise): median ±4.0%, widest ±10%.</summary>
    [Fact]
    public void The_machines_noise_is_the_native_cells_precision_between_processes()
    {
        var result = Sample() with
        {
            Cells =
            [
                new CellResult { Platform = "native-aot", Workload = "a", Status = CellStatus.Ok, LaunchPrecision = 0.04 },
                new CellResult { Platform = "native-aot", Workload = "b", Status = CellStatus.Ok, LaunchPrecision = 0.10 },
                new CellResult { Platform = "native-aot", Workload = "c", Status = CellStatus.Ok, LaunchPrecision = 0.02 },
                new CellResult { Platform = "qemu-aarch64", Workload = "a", Status = CellStatus.Ok, LaunchPrecision = 0.50 },
            ],
        };

        Assert.Equal("This machine's noise in this run: between fresh processes of the native builds, an action's median time is known to ±4.0% "
            + "(95%, the median over 3 cells; the widest ±10%, native-aot · b). Each ratio's interval carries the noise of both sides.", ReportTables.Noise(result));
        Assert.Null(ReportTables.Noise(Sample() with { Cells = [] }));
    }
}
