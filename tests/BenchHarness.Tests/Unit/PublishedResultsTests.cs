using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Published results are what the code computes: <c>benchharness report</c> on a copy of each published run folder
/// writes its result.json, report.md, results.csv and report.html again, byte for byte. When the method or a report
/// changes on purpose, re-report the folders under results/ in the same commit.
/// </summary>
public sealed class PublishedResultsTests
{
    private static readonly string[] Files = ["result.json", "report.md", "results.csv", "report.html"];

    [Theory]
    [InlineData("sample")]
    [InlineData("libreoffice")]
    [InlineData("qemu-7.2-vs-10.0")]
    [InlineData("regression-instructions")]
    [InlineData("regression-time")]
    [InlineData("counting-cost/first")]
    [InlineData("counting-cost/second")]
    public void Report_on_a_copy_of_a_published_run_writes_its_files_again(string run)
    {
        var published = Path.Combine(ProjectLayout.Discover().Root, "results", run);
        var copy = TestData.TempDirectory();
        File.Copy(Path.Combine(published, JournalFile.FileName), Path.Combine(copy, JournalFile.FileName));

        var (exit, _, stderr) = CliProcess.Run(TimeSpan.FromMinutes(5), "report", copy);

        Assert.True(exit == 0, stderr);
        var differ = Files.Where(f => !File.ReadAllBytes(Path.Combine(published, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(copy, f)))).ToList();
        Assert.True(differ.Count == 0, $"report on a copy of results/{run} wrote other {string.Join(", ", differ)} (copy: {copy})");
        Directory.Delete(copy, recursive: true);
    }

    /// <summary>
    /// The published counting run's time-beside-instructions files and its dissection are what <c>measures</c> and
    /// <c>dissect</c> compute from the two published runs (the dissection from its gzip-compressed dumps), byte for byte.
    /// </summary>
    [Fact]
    public void Measures_and_dissect_on_copies_of_the_published_counting_run_write_its_files_again()
    {
        var results = Path.Combine(ProjectLayout.Discover().Root, "results");
        var copy = Path.Combine(TestData.TempDirectory(), "regression-instructions");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(results, "regression-instructions", JournalFile.FileName), Path.Combine(copy, JournalFile.FileName));
        File.Copy(Path.Combine(results, "regression-instructions", "result.json"), Path.Combine(copy, "result.json"));
        Directory.CreateDirectory(Path.Combine(copy, "instructions"));
        foreach (var dump in Directory.GetFiles(Path.Combine(results, "regression-instructions", "instructions")))
        {
            File.Copy(dump, Path.Combine(copy, "instructions", Path.GetFileName(dump)));
        }

        var measures = CliProcess.Run("measures", Path.Combine(results, "regression-time"), copy, "--force");
        var dissect = CliProcess.Run("dissect", copy);

        Assert.True(measures.Exit == 0, measures.Stderr);
        Assert.True(dissect.Exit == 0, dissect.Stderr);
        string[] files = ["measures.md", "measures.json", "plots/measures.svg", "plots/dissect.svg"];
        var differ = files.Where(f => !File.ReadAllBytes(Path.Combine(results, "regression-instructions", f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(copy, f)))).ToList();
        Assert.True(differ.Count == 0, $"measures and dissect on a copy of results/regression-instructions wrote other {string.Join(", ", differ)} (copy: {copy})");
        Directory.Delete(copy, recursive: true);
    }

    /// <summary>
    /// A cell that failed (the sample's qemu-x86_64-jit spreadsheet-recalc crashed in one of its six launches, after five
    /// that ended ok) keeps its samples but claims no precision: not between processes, not within one, no target met.
    /// </summary>
    [Fact]
    public void No_failed_cell_of_the_published_sample_claims_a_precision()
    {
        var result = Core.Results.ResultFile.Read(Path.Combine(ProjectLayout.Discover().Root, "results", "sample"));
        var failed = result.Cells.Where(c => c.Status != CellStatus.Ok).ToList();

        Assert.Contains(failed, c => c.SamplesNs.Count > 0);
        Assert.All(failed, c => Assert.Equal((null, null, null, null), (c.LaunchPrecision, c.TargetMet, c.Warm?.RelativeHalfWidth, c.Warm?.TargetMet)));
    }
}
