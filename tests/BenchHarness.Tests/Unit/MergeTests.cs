using BenchHarness.Core.Analysis;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Merge;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// merge: two runs of one suite, as if made on two machines, become one journal with the machine as a dimension.
/// The runs here are two copies of the approved fixture journal, so every figure of one machine is known from the
/// other: a ratio within a machine must be the fixture's own, and a cross-machine comparison of identical data must
/// equal the within-machine one.
/// </summary>
public sealed class MergeTests
{
    private static int _runs;

    /// <summary>A copy of the fixture run, started a minute after the previous copy (another run of the same data); <paramref name="edit"/> replaces the suite's name.</summary>
    private static string Run(string? edit = null)
    {
        var directory = TestData.TempDirectory();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "journal-format2-approved.jsonl"));
        var run = System.Text.Json.Nodes.JsonNode.Parse(lines[0])!;
        run["time"] = DateTimeOffset.Parse(run["time"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddMinutes(Interlocked.Increment(ref _runs));
        lines[0] = run.ToJsonString();
        var journal = string.Join('\n', lines) + "\n";
        File.WriteAllText(Path.Combine(directory, JournalFile.FileName), edit is null ? journal : journal.Replace("\"name\":\"approved\"", edit, StringComparison.Ordinal));
        return directory;
    }

    [Fact]
    public void Each_runs_platforms_take_their_machines_name_and_ratios_stay_within_a_machine()
    {
        var (pc, laptop) = (Run(), Run());
        var alone = ResultBuilder.Build(JournalFile.Read(pc));

        var merged = RunMerger.Merge([new RunMerger.Source(pc, "x86-pc"), new RunMerger.Source(laptop, "arm-laptop")], []);
        var result = ResultBuilder.Build(merged);

        Assert.Equal(["x86-pc", "arm-laptop"], result.Machines.Select(m => m.Name));
        Assert.Equal(["native-aot@x86-pc", "qemu-aarch64@x86-pc", "wine@x86-pc", "native-aot@arm-laptop", "qemu-aarch64@arm-laptop", "wine@arm-laptop"], result.Platforms.Select(p => p.Name));
        Assert.All(result.Platforms, p => Assert.EndsWith("@" + p.Machine, p.Name, StringComparison.Ordinal));
        Assert.All(result.Comparisons, c => Assert.Equal(c.Platform[c.Platform.IndexOf('@', StringComparison.Ordinal)..], c.Baseline[c.Baseline.IndexOf('@', StringComparison.Ordinal)..]));
        Assert.All(result.Comparisons, c => Assert.False(c.AcrossMachines));
        // Each machine's ratios are exactly those of its run alone.
        foreach (var machine in new[] { "x86-pc", "arm-laptop" })
        {
            Assert.Equal(alone.Comparisons.Select(c => (c.Workload, c.Ratio, c.CiLower, c.CiUpper)),
                result.Comparisons.Where(c => c.Platform.EndsWith("@" + machine, StringComparison.Ordinal)).Select(c => (c.Workload, c.Ratio, c.CiLower, c.CiUpper)));
        }

        Assert.Equal(alone.Cells.Count * 2, result.Cells.Count);
        Assert.All(result.Cells, c => Assert.NotNull(c.Machine));
    }

    [Fact]
    public void A_comparison_across_machines_is_made_only_when_named_and_says_so()
    {
        var (pc, laptop) = (Run(), Run());

        var merged = RunMerger.Merge([new RunMerger.Source(pc, "x86-pc"), new RunMerger.Source(laptop, "arm-laptop")],
            [new RunMerger.Across("qemu-aarch64@arm-laptop", "native-aot@x86-pc")]);
        var result = ResultBuilder.Build(merged);

        var across = result.Comparisons.Where(c => c.AcrossMachines).ToList();
        Assert.NotEmpty(across);
        Assert.All(across, c => Assert.Equal(("qemu-aarch64@arm-laptop", "native-aot@x86-pc"), (c.Platform, c.Baseline)));
        // Both machines hold the same data, so across them the ratios are the within-machine ones.
        var within = result.Comparisons.Where(c => c.Platform == "qemu-aarch64@arm-laptop" && !c.AcrossMachines).ToDictionary(c => c.Workload, c => c.Ratio);
        Assert.All(across, c => Assert.Equal(within[c.Workload], c.Ratio, 12));
        var index = result.Index.Single(i => i.AcrossMachines);
        Assert.Contains("DIFFERENT MACHINES", Core.Reports.ReportTables.Headline(index));
    }

    [Fact]
    public void The_same_run_twice_is_refused()
    {
        var pc = Run();
        var copy = TestData.TempDirectory();
        File.Copy(Path.Combine(pc, JournalFile.FileName), Path.Combine(copy, JournalFile.FileName));

        var twice = Assert.Throws<BadInputException>(() => RunMerger.Merge([new(pc, "a"), new(pc + "/", "b")], []));
        Assert.Equal((BadInputKind.NotLikeForLike, pc + "/"), (twice.Kind, twice.Subject));
        // A copy of a run's folder is the same run too: the same start on the same machine.
        var copied = Assert.Throws<BadInputException>(() => RunMerger.Merge([new(pc, "a"), new(copy, "b")], []));
        Assert.Equal((BadInputKind.NotLikeForLike, copy), (copied.Kind, copied.Subject));
    }

    [Fact]
    public void Runs_of_different_suites_are_refused()
    {
        var other = Run("\"name\":\"another\"");
        var error = Assert.Throws<BadInputException>(() => RunMerger.Merge([new(Run(), "a"), new(other, "b")], []));

        Assert.Equal((BadInputKind.NotLikeForLike, other), (error.Kind, error.Subject));
        // What differs, so that the user can tell which run is the odd one.
        Assert.Contains("suite approved against another", error.Message);
    }

    [Fact]
    public void Machines_under_one_name_must_be_named()
    {
        var error = Assert.Throws<BadInputException>(() => RunMerger.Merge([new(Run(), null), new(Run(), null)], []));

        Assert.Equal((BadInputKind.AlreadyExists, "local"), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData("qemu-aarch64@arm-laptop", "native-aot@arm-laptop", BadInputKind.NotLikeForLike, "qemu-aarch64@arm-laptop")]
    [InlineData("qemu-aarch64@nowhere", "native-aot@x86-pc", BadInputKind.UnknownName, "qemu-aarch64@nowhere")]
    public void A_cross_machine_comparison_must_name_platforms_of_two_machines(string platform, string baseline, BadInputKind kind, string subject)
    {
        var error = Assert.Throws<BadInputException>(() => RunMerger.Merge([new(Run(), "x86-pc"), new(Run(), "arm-laptop")], [new RunMerger.Across(platform, baseline)]));

        Assert.Equal((kind, subject), (error.Kind, error.Subject));
    }

    [Fact]
    public void One_run_of_one_machine_is_not_a_merge()
    {
        var pc = Run();

        var error = Assert.Throws<BadInputException>(() => RunMerger.Merge([new(pc, "x86-pc")], []));

        Assert.Equal((BadInputKind.BadArgument, pc), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData("pc=/runs/a", "/runs/a", "pc")]
    [InlineData("/runs/a", "/runs/a", null)]
    [InlineData("/runs/x=y", "/runs/x=y", null)]
    public void A_run_is_DIR_or_NAME_equals_DIR(string argument, string directory, string? name) =>
        Assert.Equal(new RunMerger.Source(directory, name), Cli.Verbs.MergeVerb.Source(argument));
}
