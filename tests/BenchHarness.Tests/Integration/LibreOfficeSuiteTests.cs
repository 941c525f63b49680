using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The shipped libreoffice suite, cut down to three actions on small inputs and one launch, through the real CLI on its
/// own platforms: Debian's LibreOffice natively, the same program under qemu-x86_64, and Debian's arm64 build under
/// qemu-aarch64 from the arm64 root; every output checked and the same everywhere, a ratio with an interval per action
/// and an index for each emulator.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LibreOfficeSuiteTests
{
    private static readonly ProjectLayout Layout = ProjectLayout.Discover();

    /// <summary>The shipped suite with small inputs, one launch of three warm invocations, and page ranges for those inputs.</summary>
    private static string SmallSuite(string directory)
    {
        var suite = JsonNode.Parse(File.ReadAllText(Path.Combine(Layout.SuitesDirectory, "libreoffice.json")))!.AsObject();
        suite["name"] = "libreoffice-small";
        suite["size"] = "small";
        suite["launches"] = 1;
        suite["warmup"] = 0;
        suite["iterations"] = 3;
        suite["maxSecondsPerLaunch"] = 0.1;
        var keep = new Dictionary<string, JsonArray?>
        {
            ["lo-report-to-pdf"] = [2, 12],
            ["lo-workbook-recalc"] = null,
            ["lo-slides-to-pdf"] = [4, 4],
        };
        var workloads = new JsonArray();
        foreach (var workload in suite["workloads"]!.AsArray().Select(w => w!.AsObject()).Where(w => keep.ContainsKey((string)w["name"]!)).ToList())
        {
            var command = workload["command"]!.AsObject();
            if (keep[(string)workload["name"]!] is { } pages)
            {
                command["output"]!["pages"] = pages;
            }

            if ((string)workload["name"]! == "lo-slides-to-pdf")
            {
                command["inputs"]![0]!["count"] = 4;
            }

            workloads.Add(workload.DeepClone());
        }

        suite["workloads"] = workloads;
        var path = Path.Combine(directory, "libreoffice-small.json");
        File.WriteAllText(path, suite.ToJsonString());
        return path;
    }

    /// <summary>About 6 minutes (LibreOffice under qemu-aarch64 starts in tens of seconds): run by <c>.ci/run</c> after the README's test command.</summary>
    [Fact]
    [Trait("Category", "Long")]
    public void The_libreoffice_suite_runs_natively_and_under_both_qemus_with_checked_outputs_and_an_index()
    {
        var work = TestData.TempDirectory();
        var run = Path.Combine(work, "run");
        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(20), "run", "--suite", SmallSuite(work), "--out", run);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");

        using var result = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(run, "result.json")));
        var root = result.RootElement;
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(9, cells.Count);
        Assert.All(cells, c => Assert.True(c.GetProperty("status").GetString() == "ok", $"{c.GetProperty("platform")} · {c.GetProperty("workload")}: {c}"));
        Assert.Equal(3, cells.Count(c => c.GetProperty("platform").GetString() == "qemu-aarch64-root" && c.GetProperty("arch").GetString() == "Arm64"));
        // The same text (PDF text, cell values) natively and under both translators, for every action.
        foreach (var workload in cells.GroupBy(c => c.GetProperty("workload").GetString()))
        {
            Assert.Single(workload.Select(c => c.GetProperty("checksum").GetString()).Distinct());
            Assert.All(workload, c => Assert.NotEmpty(c.GetProperty("firstStartNs").EnumerateArray()));
            Assert.All(workload, c => Assert.NotEmpty(c.GetProperty("overheadNs").EnumerateArray()));
        }

        foreach (var emulator in new[] { "qemu-x86_64", "qemu-aarch64-root" })
        {
            var comparisons = root.GetProperty("comparisons").EnumerateArray().Where(c => c.GetProperty("platform").GetString() == emulator).ToList();
            Assert.Equal(3, comparisons.Count);
            Assert.All(comparisons, c =>
            {
                Assert.True(c.GetProperty("ratio").GetDouble() > 1.5, $"{c}: LibreOffice under a translator is not that fast");
                Assert.True(c.GetProperty("ciLower").GetDouble() <= c.GetProperty("ratio").GetDouble() && c.GetProperty("ratio").GetDouble() <= c.GetProperty("ciUpper").GetDouble());
            });
            var index = Assert.Single(root.GetProperty("index").EnumerateArray(), i => i.GetProperty("platform").GetString() == emulator);
            Assert.True(index.GetProperty("complete").GetBoolean());
        }

        Assert.Contains("Command workloads: launch overhead and first start", File.ReadAllText(Path.Combine(run, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_input_makes_libreoffice_compute_every_formula_and_the_check_reads_the_values()
    {
        // The suite's generator writes formulas without cached values: only a recalculation can fill them in.
        var work = TestData.TempDirectory();
        var input = Path.Combine(work, "workbook.xlsx");
        Cli.Inputs.OfficeInputGenerators.Instance.Write("workbook-xlsx", InputSize.Small, 42, null, input);
        Assert.Equal((Formulas: 5184, Values: 0), Count(input));

        var saved = LibreOffice.Convert(input, "xlsx", work);

        Assert.Equal((Formulas: 5184, Values: 5184), Count(saved));
        // The output check's text holds the computed values: the first and the last formula's, as LINQ to XML reads them.
        var values = FormulaValues(saved);
        var text = OutputChecker.WorkbookText(saved)!;
        Assert.Contains($"\n{values[0]}\n", text, StringComparison.Ordinal);
        Assert.Contains($"\n{values[^1]}\n", text, StringComparison.Ordinal);
    }

    private static List<string> FormulaValues(string workbook) => FormulaCells(workbook)
        .Select(c => c.Elements().FirstOrDefault(e => e.Name.LocalName == "v")?.Value ?? "").ToList();

    /// <summary>Formula cells, and those of them with a value, over every sheet, read with LINQ to XML.</summary>
    private static (int Formulas, int Values) Count(string workbook)
    {
        var cells = FormulaCells(workbook);
        return (cells.Count, cells.Count(c => c.Elements().Any(e => e.Name.LocalName == "v" && e.Value.Length > 0)));
    }

    private static List<XElement> FormulaCells(string workbook)
    {
        using var zip = ZipFile.OpenRead(workbook);
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream).Descendants().Where(d => d.Name.LocalName == "c").ToList();
            })
            .Where(c => c.Elements().Any(e => e.Name.LocalName == "f")).ToList();
    }
}
