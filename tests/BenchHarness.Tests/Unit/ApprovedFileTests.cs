using System.Text;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Approved files: report.md, results.csv and result.json made from a small fixed journal
/// (Fixtures/journal-format2-approved.jsonl: three platforms, one unavailable; a crash retried; a start-up
/// workload) must equal the files in Approved/ byte for byte. A change that is meant is approved by running the
/// tests with BENCHHARNESS_APPROVE=1, which rewrites Approved/ in the source tree; read the diff before committing.
/// On a mismatch the new output is written beside the approved file as *.received.* for diffing.
/// </summary>
public sealed class ApprovedFileTests
{
    internal static readonly Lazy<RunResult> Result = new(() =>
    {
        var directory = TestData.TempDirectory();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "journal-format2-approved.jsonl"), Path.Combine(directory, JournalFile.FileName));
        return ResultBuilder.Build(JournalFile.Read(directory), ProgressTableLoader.Load(ProgressTableLoader.Default, ProjectLayout.Discover()));
    });

    [Fact]
    public void Result_json_is_as_approved() => Verify("result.json", ResultFile.Serialize(Result.Value));

    [Fact]
    public void Report_md_is_as_approved() => Verify("report.md", Single(new MarkdownReport(), "report.md"));

    [Fact]
    public void Results_csv_is_as_approved() => Verify("results.csv", Single(new CsvReport(), "results.csv"));

    [Fact]
    public void The_fixed_journal_exercises_what_the_reports_must_show()
    {
        var result = Result.Value;
        Assert.Contains(result.Cells, c => c.Status == CellStatus.Unavailable && c.Platform == "wine");
        Assert.Contains(result.Cells, c => c.Attempts > 3 && c.Status == CellStatus.Ok);
        Assert.Contains(result.Cells, c => c.MeasuresStartUp);
        Assert.Equal(3, result.Comparisons.Count);
        Assert.Contains(result.Notes, n => n.Contains("native-jit was not in this run", StringComparison.Ordinal));
    }

    private static byte[] Single(IExporter exporter, string file) => exporter.Export(Result.Value).Single(f => f.RelativePath == file).Content;

    internal static void Verify(string name, byte[] received)
    {
        var approvedDirectory = Path.Combine(ProjectLayout.Discover().Root, "tests", "BenchHarness.Tests", "Approved");
        var extension = Path.GetExtension(name);
        var approved = Path.Combine(approvedDirectory, Path.GetFileNameWithoutExtension(name) + ".approved" + extension);
        var receivedPath = Path.Combine(approvedDirectory, Path.GetFileNameWithoutExtension(name) + ".received" + extension);
        if (Environment.GetEnvironmentVariable("BENCHHARNESS_APPROVE") == "1")
        {
            Directory.CreateDirectory(approvedDirectory);
            File.WriteAllBytes(approved, received);
            File.Delete(receivedPath);
            return;
        }

        Assert.True(File.Exists(approved), $"{approved} is missing: run the tests once with BENCHHARNESS_APPROVE=1 and read what it wrote.");
        var expected = File.ReadAllBytes(approved);
        if (!expected.AsSpan().SequenceEqual(received))
        {
            File.WriteAllBytes(receivedPath, received);
            var (e, r) = (Encoding.UTF8.GetString(expected).Split('\n'), Encoding.UTF8.GetString(received).Split('\n'));
            var line = Enumerable.Range(0, Math.Min(e.Length, r.Length)).FirstOrDefault(i => e[i] != r[i], Math.Min(e.Length, r.Length));
            Assert.Fail($"{name} differs from {approved} at line {line + 1} (received: {receivedPath}):\n- {(line < e.Length ? e[line] : "(end)")}\n+ {(line < r.Length ? r[line] : "(end)")}");
        }

        File.Delete(receivedPath);
    }
}
