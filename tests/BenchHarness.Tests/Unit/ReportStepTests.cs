using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Pipeline;
using BenchHarness.Core.Reports;
using BenchHarness.Core.Results;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The step run, report and merge end with: analyse the journal, export the files, say what was found.</summary>
public sealed class ReportStepTests
{
    [Fact]
    public void A_run_folder_gets_its_result_and_reports_and_the_cells_that_are_not_ok_are_named()
    {
        // The approved fixture: 9 cells, 6 of them ok (Approved/report.approved.md), and a last line cut mid-write.
        var directory = TestData.TempDirectory();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "journal-format2-approved.jsonl"), Path.Combine(directory, JournalFile.FileName));
        File.AppendAllText(Path.Combine(directory, JournalFile.FileName), "{\"type\":\"sam");
        var (output, notes) = (new StringWriter(), new StringWriter());

        var result = new ReportStep([new MarkdownReport()], output, notes).Write(directory, ProgressTableLoader.Load(ProgressTableLoader.Default, ProjectLayout.Discover()));

        Assert.Equal(ResultFile.Serialize(result), File.ReadAllBytes(Path.Combine(directory, ResultFile.FileName)));
        Assert.True(File.Exists(Path.Combine(directory, "report.md")));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"6 of 9 cells ok; report: {Path.Combine(directory, "report.md")}", lines[^1]);
        Assert.All(lines[^4..^1], l => Assert.Matches(@"^\S+ · \S+: (crashed|timedOut|incorrect|unavailable)", l));
        Assert.Contains("line 119 was cut mid-write", notes.ToString());
    }
}
