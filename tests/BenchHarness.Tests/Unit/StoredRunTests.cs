using System.Text.Json;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Results;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Every journal this project has written reads back. The fixtures are copies of results/sample/ as committed:
/// the first published run (d9c1515, before formats were numbered) and the six-launch default run of 2026-11-26 09:46
/// (journal of 2f8270a, its schema-2 result.json as re-analysed at 029adc1); results/sample/ itself is checked too.
/// </summary>
public sealed class StoredRunTests
{
    private const double Tolerance = 1e-9;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string RunFolderFrom(string journalFixture) => RunFolderWith(Fixture(journalFixture));

    private static string RunFolderWith(string journal)
    {
        var directory = TestData.TempDirectory();
        File.Copy(journal, Path.Combine(directory, JournalFile.FileName));
        return directory;
    }

    /// <summary><c>report</c> on a copy of the journal, which must succeed; its result.</summary>
    private static RunResult Reported(string journal)
    {
        var directory = RunFolderWith(journal);
        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(5), "report", directory);
        Assert.True(exit == 0, stderr);
        Assert.Contains("cells ok", stdout);
        return ResultFile.Read(directory);
    }

    /// <summary>
    /// <c>report</c> on the published sample's journal gives its published result.json again, to 1e-9: the sample in
    /// the repository is the one the code computes (re-report it when the method changes).
    /// </summary>
    [Fact]
    public void Report_on_the_published_sample_reproduces_its_result_to_1e_9()
    {
        var sample = Path.Combine(ProjectLayout.Discover().Root, "results", "sample");
        var now = Reported(Path.Combine(sample, JournalFile.FileName));
        var published = ResultFile.Read(sample);
        Assert.Equal(published.Comparisons.Count, now.Comparisons.Count);
        foreach (var (old, match) in published.Comparisons.Zip(now.Comparisons))
        {
            Assert.Equal((old.Platform, old.Workload, old.Verdict, old.Reason), (match.Platform, match.Workload, match.Verdict, match.Reason));
            Close(old.Ratio, match.Ratio);
            double?[] Bounds(ComparisonResult c) => [c.CiLower, c.CiUpper, c.AdjustedPValue];
            foreach (var (a, b) in Bounds(old).Zip(Bounds(match)))
            {
                Close(a, b);
            }
        }

        Assert.Equal(published.CommonWorkloads, now.CommonWorkloads);
        Assert.Equal(published.Index.Count, now.Index.Count);
        foreach (var (old, match) in published.Index.Zip(now.Index))
        {
            Assert.Equal((old.Platform, old.Complete, old.Failed, old.IntervalScope), (match.Platform, match.Complete, match.Failed, match.IntervalScope));
            double?[] Figures(IndexResult i) => [i.Value, i.CiLower, i.CiUpper, i.OfficeDay.Value, i.OfficeDay.CiLower, i.OfficeDay.CiUpper,
                i.Common?.Score.Value, i.Common?.OfficeDay.Value, i.ColdValue, i.YearsLost, i.YearsLostFewest, i.YearsLostMost];
            foreach (var (a, b) in Figures(old).Zip(Figures(match)))
            {
                Close(a, b);
            }
        }
    }

    /// <summary>
    /// The earlier published default run (journal of 2f8270a, format 1, the sample until 2026-11-27) still reports, with
    /// the cells of its schema-2 result as published at 029adc1: the method changes ratios and indices, never what a
    /// cell measured.
    /// </summary>
    [Fact]
    public void The_earlier_published_default_run_still_reports_with_the_same_cells()
    {
        var now = Reported(Fixture("journal-format1-default-2f8270a.jsonl"));
        Assert.Equal(98, now.Comparisons.Count);

        using var before = JsonDocument.Parse(File.ReadAllBytes(Fixture("result-schema2-default-029adc1.json")));
        Assert.Equal(2, before.RootElement.GetProperty("schemaVersion").GetInt32());
        var cells = before.RootElement.GetProperty("cells").EnumerateArray()
            .ToDictionary(c => new CellKey(c.GetProperty("platform").GetString()!, c.GetProperty("workload").GetString()!));
        Assert.All(now.Cells, c =>
        {
            var old = cells[new CellKey(c.Platform, c.Workload)];
            Assert.Equal(old.GetProperty("status").GetString(), Words.Of(c.Status));
            if (old.TryGetProperty("medianNs", out var median) && median.ValueKind == JsonValueKind.Number)
            {
                Close(median.GetDouble(), c.MedianNs!.Value);
            }
        });
    }

    [Fact]
    public void The_first_published_journal_still_reads_and_gives_the_same_cell_medians()
    {
        var journal = JournalFile.Read(RunFolderFrom("journal-format1-first-d9c1515.jsonl"));
        Assert.Equal(1, journal.Run.JournalFormat);
        Assert.Equal("default", journal.Run.Suite.Name);
        Assert.Equal(InputSize.Standard, journal.Run.Suite.Size);
        Assert.All(journal.Launches, l => Assert.Null(l.Measure));

        var result = Core.Analysis.ResultBuilder.Build(journal);
        using var before = JsonDocument.Parse(File.ReadAllBytes(Fixture("result-schema1-first-d9c1515.json")));
        var cells = before.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(cells.Count, result.Cells.Count);
        foreach (var old in cells)
        {
            var cell = result.Cells.Single(c => c.Platform == old.GetProperty("platform").GetString() && c.Workload == old.GetProperty("workload").GetString());
            Assert.Equal(old.GetProperty("status").GetString(), Words.Of(cell.Status));
            Assert.Equal(old.GetProperty("samplesNs").EnumerateArray().Select(v => v.GetInt64()), cell.SamplesNs);
            if (old.TryGetProperty("medianNs", out var median))
            {
                Close(median.GetDouble(), cell.MedianNs!.Value);
            }
        }
    }

    [Fact]
    public async Task A_format_1_journal_cut_short_resumes_with_only_the_missing_launches()
    {
        var directory = TestData.TempDirectory();
        var path = Path.Combine(directory, JournalFile.FileName);
        var lines = File.ReadAllLines(Fixture("journal-format1-first-d9c1515.jsonl"));
        // As if killed: everything after the fifth-last launch record is gone (four launches, each its first and only attempt).
        var launchLines = lines.Select((line, i) => (line, i)).Where(x => x.line.StartsWith("""{"type":"launch",""", StringComparison.Ordinal)).Select(x => x.i).ToList();
        var removed = launchLines.TakeLast(4).Select(i => lines[i]).ToList();
        Assert.All(removed, l => Assert.Contains("\"status\":\"ok\"", l));
        Assert.All(removed, l => Assert.Contains("\"attempt\":1,", l));
        File.WriteAllLines(path, lines.Take(launchLines[^5] + 1));

        var checksums = new Dictionary<string, string>
        {
            ["document-render"] = "5fbbb8ab941ba23c", ["spreadsheet-recalc"] = "cc4fd476ad289659", ["document-save-load"] = "25672c0029033281",
        };
        var launcher = new FakeLauncher((spec, _) =>
        {
            var target = FakeLauncher.Target(spec);
            var workload = spec.Argv.SkipWhile(a => a != "run").Skip(1).FirstOrDefault() ?? "document-render";
            return (FakeLauncher.ProbeLines(target.Contains("arm64", StringComparison.Ordinal) ? "Arm64" : "X64", target.StartsWith("win", StringComparison.Ordinal) ? "Windows" : "Linux",
                checksums[workload], 10_000_000, 10_100_000, 9_900_000), FakeLauncher.Exit(0));
        });
        var run = new BenchmarkRun(launcher, TestData.Layout(), _ => new PlatformAvailability(true, null, "fake"), _ => { });
        await run.ResumeAsync(directory, CancellationToken.None);

        Assert.Equal(4, launcher.Started.Count(s => !FakeLauncher.IsHello(s)));
        var journal = JournalFile.Read(directory);
        Assert.Equal(1, journal.Run.JournalFormat);
        var result = Core.Analysis.ResultBuilder.Build(journal);
        // Every cell as in the published run (qemu-x86_64's JIT crashed on the spreadsheet there), each ok one with all three launches.
        using var published = JsonDocument.Parse(File.ReadAllBytes(Fixture("result-schema1-first-d9c1515.json")));
        var statuses = published.RootElement.GetProperty("cells").EnumerateArray()
            .ToDictionary(c => new CellKey(c.GetProperty("platform").GetString()!, c.GetProperty("workload").GetString()!), c => c.GetProperty("status").GetString());
        Assert.Equal(2, statuses.Values.Count(v => v == "crashed"));
        Assert.All(result.Cells, c => Assert.Equal(statuses[new CellKey(c.Platform, c.Workload)], Words.Of(c.Status)));
        Assert.All(result.Cells.Where(c => c.Status == CellStatus.Ok), c => Assert.Equal(3, c.Launches));
    }

    [Fact]
    public void A_new_journal_carries_its_format_and_stores_no_computed_fields()
    {
        var directory = TestData.TempDirectory();
        using (var journal = JournalFile.OpenForAppend(directory))
        {
            journal.Append(new RunRecord
            {
                JournalFormat = JournalFile.CurrentFormat, Suite = TestData.Suite(), Host = "linux-x64",
                Platforms = [new PlatformDefinition { Name = "native-aot", Target = ProbeTarget.Parse("linux-x64-aot") }],
            });
            journal.Append(new SampleRecord { Platform = "native-aot", Workload = "w", Round = 0, Attempt = 1, Kind = SampleKind.Warm, Ns = 5, Checksum = "ab" });
        }

        var lines = File.ReadAllLines(Path.Combine(directory, JournalFile.FileName));
        Assert.StartsWith("""{"type":"run","journalFormat":2,""", lines[0]);
        Assert.DoesNotContain("isBaseline", lines[0]);
        Assert.Equal("""{"type":"sample","kind":"warm","ns":5,"checksum":"ab","platform":"native-aot","workload":"w","round":0,"attempt":1}""", lines[1]);
        Assert.Equal(SampleKind.Warm, Assert.Single(JournalFile.Read(directory).Samples).Kind);
    }

    [Fact]
    public void Definitions_stored_in_a_journal_are_read_leniently()
    {
        var directory = TestData.TempDirectory();
        File.WriteAllText(Path.Combine(directory, JournalFile.FileName),
            """{"type":"run","suite":{"name":"s","someLaterField":3,"workloads":[{"name":"w","weight":1,"alsoLater":true}]},"platforms":[{"name":"p","target":"linux-x64-aot","isBaseline":true}],"host":"linux-x64","laterRunField":{}}""" + "\n");

        var journal = JournalFile.Read(directory);
        Assert.Equal("p", Assert.Single(journal.Run.Platforms).Name);
        Assert.Equal("w", Assert.Single(journal.Run.Suite.Workloads).Name);
    }

    [Fact]
    public void A_journal_from_a_future_format_is_refused_with_the_fix()
    {
        var directory = TestData.TempDirectory();
        File.WriteAllText(Path.Combine(directory, JournalFile.FileName), """{"type":"run","journalFormat":99,"somethingNew":[1,2]}""" + "\n");

        var error = Assert.Throws<BadInputException>(() => JournalFile.Read(directory));
        Assert.Equal((BadInputKind.UnreadableRun, Path.Combine(directory, JournalFile.FileName)), (error.Kind, error.Subject));
        // The fix is the point of the message.
        Assert.Contains("update BenchHarness", error.Message);
    }

    /// <summary>Both absent, or both present and close.</summary>
    private static void Close(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e && actual is { } a)
        {
            Close(e, a);
        }
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
