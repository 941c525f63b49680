using System.Text.Json;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Bisect;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The bisect search with a fake "measure this pair" (no process is started), its looks and their α, bisect.md/json, and its bad input.</summary>
public sealed class BisectTests
{
    private static readonly IReadOnlyList<BisectBuild> Six = Enumerable.Range(1, 6).Select(n => new BisectBuild(n, $"/opt/qemu-{n}/qemu-aarch64", $"/opt/qemu-{n}/qemu-aarch64")).ToList();

    /// <summary>Eight launches per look up to 24: three looks at 0.05 ÷ 3 each.</summary>
    private static readonly BisectSettings Settings = new("qemu-aarch64", "text-find-replace", "regression", 0.05, LookSchedule.Of(8, 24, 0.05, 3));

    private static (BisectResult Result, List<LookRequest> Asked) Search(Func<LookRequest, GateOutcome> verdict, IReadOnlyList<BisectBuild>? builds = null)
    {
        var asked = new List<LookRequest>();
        var lines = new List<string>();
        var search = new BisectSearch((request, _) =>
        {
            asked.Add(request);
            return Task.FromResult(new BisectLook(request.Launches, verdict(request)) { Workload = "text-find-replace", Ratio = 1.2, LowerBound = 1.1, UpperBound = 1.3 });
        }, lines.Add);
        var result = search.RunAsync(builds ?? Six, Settings, CancellationToken.None).GetAwaiter().GetResult();
        Assert.All(asked, r => Assert.Contains(lines, l => l.StartsWith($"step {r.Step}: build {r.Pair.Build} ", StringComparison.Ordinal)));
        return (result, asked);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_step_at_build_k_of_six_is_found_measuring_few_builds_each_against_the_first(int k)
    {
        var (result, asked) = Search(r => r.Pair.Build >= k ? GateOutcome.Regression : GateOutcome.Pass);

        Assert.Equal(BisectOutcome.Found, result.Outcome);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(k, result.FirstBad!.Number);
        Assert.Equal($"/opt/qemu-{k}/qemu-aarch64", result.FirstBad.Spec);
        // The last build first (shown bad), then halving 1…6: at most 1 + ⌈log₂ 5⌉ = 4 steps, never build 1 itself, each build once.
        Assert.Equal(6, asked[0].Pair.Build);
        Assert.InRange(result.Steps.Count, 2, 4);
        Assert.All(asked, r => Assert.Equal(1, r.Pair.Good));
        Assert.Equal(asked.Count, asked.Select(r => r.Pair.Build).Distinct().Count());
        Assert.Null(result.Builds[0].Step);
        Assert.Equal(result.Steps.Count, result.Builds.Count(b => b.Step is not null));
        // Decided at the first look: one look per step, at the batch.
        Assert.All(asked, r => Assert.Equal((1, 8), (r.Look, r.Launches)));
        // The builds next to the step were measured (unless the neighbour is build 1): k bad, k − 1 good.
        Assert.NotNull(result.Builds[k - 1].Step);
        Assert.True(k == 2 || result.Builds[k - 2].Step is not null);
    }

    [Fact]
    public void A_pair_undecided_until_the_budget_is_spent_ends_the_search_naming_the_pair_and_what_it_measured()
    {
        // Build 6 is bad; build 3 (the first midpoint of 1…6) never decides.
        var (result, asked) = Search(r => r.Pair.Build == 6 ? GateOutcome.Regression : GateOutcome.Undecided);

        Assert.Equal(BisectOutcome.Undecided, result.Outcome);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(new BuildPair(1, 3), result.UndecidedPair);
        Assert.Null(result.FirstBad);
        var step = result.Steps[^1];
        Assert.Equal([8, 16, 24], step.Looks.Select(l => l.Launches));
        Assert.Equal(24, step.Launches);
        // Each look at α ÷ 3 (0.05 ÷ 3 = 0.016667, by hand).
        Assert.All(asked, r => Assert.Equal(0.016667, r.Alpha, 6));
        var summary = BisectReport.Summary(result);
        Assert.StartsWith("UNDECIDED: build 3 against build 1 for qemu-aarch64 · text-find-replace could not be decided within 24 launches per build (step 2: 24 launches per build, bounds [1.10× – 1.30×] against 1.05×", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Launches_are_added_until_the_gate_decides()
    {
        // Every pair undecided at 8 launches, decided at 16; the step is at build 4.
        var (result, asked) = Search(r => r.Launches < 16 ? GateOutcome.Undecided : r.Pair.Build >= 4 ? GateOutcome.Regression : GateOutcome.Pass);

        Assert.Equal(4, result.FirstBad!.Number);
        Assert.All(result.Steps, s => Assert.Equal([8, 16], s.Looks.Select(l => l.Launches)));
        Assert.All(asked.GroupBy(r => r.Step), g => Assert.Equal([1, 2], g.Select(r => r.Look)));
    }

    [Fact]
    public void A_last_build_that_is_not_bad_ends_the_search_before_it_starts()
    {
        var (result, asked) = Search(_ => GateOutcome.Pass);

        Assert.Equal(BisectOutcome.NotReproduced, result.Outcome);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(6, Assert.Single(asked).Pair.Build);
        Assert.StartsWith("NOT REPRODUCED: the last build is not bad against the first", BisectReport.Summary(result), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undecided_last_build_names_the_first_and_last_pair()
    {
        var (result, _) = Search(_ => GateOutcome.Undecided);

        Assert.Equal((BisectOutcome.Undecided, new BuildPair(1, 6)), (result.Outcome, result.UndecidedPair));
    }

    [Theory]
    [InlineData(8, 24, 3, 0.05 / 3, new[] { 8, 16, 24 })]
    [InlineData(8, 20, 3, 0.05 / 3, new[] { 8, 16, 20 })]
    [InlineData(8, 8, 1, 0.05, new[] { 8 })]
    // The quick suite's one launch is below the gate's three: the batch is three.
    [InlineData(1, 9, 3, 0.05 / 3, new[] { 3, 6, 9 })]
    [InlineData(10, 4, 1, 0.05, new[] { 4 })]
    public void Looks_every_batch_up_to_the_budget_split_alpha_evenly(int batch, int budget, int looks, double alpha, int[] launches)
    {
        var schedule = LookSchedule.Of(batch, budget, 0.05, 3);

        Assert.Equal(looks, schedule.Looks);
        Assert.Equal(alpha, schedule.AlphaPerLook, 12);
        Assert.Equal(launches, Enumerable.Range(1, looks).Select(schedule.LaunchesAt));
    }

    [Theory]
    // Timed: five rounds cannot reach α ÷ 3 = 0.0167 (1/32 = 0.031), six can reach α ÷ 2 = 0.025 (1/64).
    [InlineData(4, 12, new[] { 6, 12 })]
    // α ÷ 5 = 0.01 and α ÷ 4 = 0.0125 need seven rounds (1/128); 24 at seven a look is four looks.
    [InlineData(4, 24, new[] { 7, 14, 21, 24 })]
    // One look at the whole budget, at α: five rounds reach 0.05 (1/32 = 0.031).
    [InlineData(4, 5, new[] { 5 })]
    public void A_timed_bisects_first_look_comes_when_the_sign_flip_test_can_decide_at_its_share_of_alpha(int batch, int budget, int[] launches)
    {
        var schedule = LookSchedule.Of(batch, budget, 0.05, 5, signFlip: true);

        Assert.Equal(launches, Enumerable.Range(1, schedule.Looks).Select(schedule.LaunchesAt));
        Assert.True(Math.Pow(2, -launches[0]) <= schedule.AlphaPerLook, $"1/2^{launches[0]} against {schedule.AlphaPerLook}");
    }

    [Fact]
    public void Counted_a_bisect_looks_every_batch_from_the_fewest_a_gate_decides_on() =>
        Assert.Equal([2, 4, 6], Enumerable.Range(1, 3).Select(LookSchedule.Of(2, 6, 0.05, 2).LaunchesAt));

    [Fact]
    public void Bisect_json_and_md_name_the_builds_the_steps_and_the_first_bad_build()
    {
        var (result, _) = Search(r => r.Pair.Build >= 5 ? GateOutcome.Regression : GateOutcome.Pass);

        var json = JsonDocument.Parse(BisectReport.Json(result)).RootElement;
        Assert.Equal("found", json.GetProperty("outcome").GetString());
        Assert.Equal(5, json.GetProperty("firstBad").GetProperty("number").GetInt32());
        Assert.Equal(6, json.GetProperty("builds").GetArrayLength());
        Assert.Equal("/opt/qemu-6/qemu-aarch64", json.GetProperty("builds")[5].GetProperty("path").GetString());
        Assert.Equal(1, json.GetProperty("builds")[5].GetProperty("step").GetInt32());
        var step = json.GetProperty("steps")[0];
        Assert.Equal((1, 6), (step.GetProperty("pair").GetProperty("good").GetInt32(), step.GetProperty("pair").GetProperty("build").GetInt32()));
        Assert.Equal((8, "regression", 1.1, 1.3), (step.GetProperty("launches").GetInt32(), step.GetProperty("verdict").GetString(), step.GetProperty("lowerBound").GetDouble(), step.GetProperty("upperBound").GetDouble()));
        Assert.Equal((24, 0.05), (json.GetProperty("budget").GetInt32(), json.GetProperty("alpha").GetDouble()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("undecidedPair").ValueKind);
        var suiteWide = JsonDocument.Parse(BisectReport.Json(result with { Workload = null })).RootElement;
        Assert.Equal(JsonValueKind.Null, suiteWide.GetProperty("workload").ValueKind);
        var md = BisectReport.Markdown(result);
        Assert.Contains("**FOUND: build 5 (/opt/qemu-5/qemu-aarch64) is the first bad build for qemu-aarch64 · text-find-replace; build 4 is good", md, StringComparison.Ordinal);
        Assert.Contains("| 5 **first bad** |", md, StringComparison.Ordinal);
        Assert.Contains("Bonferroni", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_workload_a_look_is_the_suite_gate_and_names_the_row_that_decided_it()
    {
        GateRow Row(string workload, GateVerdict verdict, double upper) => new()
        {
            Platform = "qemu-aarch64-build-4", Reference = "qemu-aarch64-build-1", Workload = workload, ReferenceStatus = CellStatus.Ok, CandidateStatus = CellStatus.Ok,
            Ratio = upper - 0.1, LowerBound = upper - 0.2, UpperBound = upper, Verdict = verdict,
        };
        GateResult Gate(params GateRow[] rows) => new() { Mode = GateMode.Paired, Runs = ["step-1"], Threshold = 0.05, Change = 0.1, Rows = rows };

        // One workload regressed among passes: the build is bad, named by that workload.
        var bad = BisectSearch.LookOf(Gate(Row("document-open", GateVerdict.Within, 1.02), Row("text-find-replace", GateVerdict.Slower, 2.0), Row("text-wordcount-sort", GateVerdict.Undecided, 1.3)), 8);
        // Every workload passed: good, shown by the least favourable upper bound.
        var good = BisectSearch.LookOf(Gate(Row("document-open", GateVerdict.Within, 1.02), Row("text-find-replace", GateVerdict.Faster, 0.9), Row("text-wordcount-sort", GateVerdict.Within, 1.04)), 8);
        // None regressed, one undecided: undecided.
        var open = BisectSearch.LookOf(Gate(Row("document-open", GateVerdict.Within, 1.02), Row("text-wordcount-sort", GateVerdict.Undecided, 1.3)), 16);

        Assert.Equal((GateOutcome.Regression, "text-find-replace", 2.0), (bad.Verdict, bad.Workload, bad.UpperBound));
        Assert.Equal((GateOutcome.Pass, "text-wordcount-sort", 1.04), (good.Verdict, good.Workload, good.UpperBound));
        Assert.Equal((GateOutcome.Undecided, "text-wordcount-sort", 16), (open.Verdict, open.Workload, open.Launches));
    }

    [Fact]
    public async Task Bad_input_is_one_line_and_exit_2()
    {
        var qemu = Core.Platforms.HostPlatform.FindProgram("sh")!;
        var missing = Path.Combine(TestData.TempDirectory(), "qemu-aarch64");
        var output = TestData.TempDirectory();
        foreach (var (args, kind, says) in new (string[], BadInputKind, string)[]
        {
            ([qemu, qemu], BadInputKind.BadArgument, "give three or more builds"),
            ([qemu, qemu, qemu, "--platform", "qemu-nowhere"], BadInputKind.UnknownName, "Unknown platform 'qemu-nowhere'"),
            ([qemu, missing, qemu, "--platform", "qemu-aarch64"], BadInputKind.MissingFile, $"build 2, {missing}, does not exist"),
            ([qemu, qemu, qemu, "--platform", "native-aot"], BadInputKind.BadArgument, "a native platform has no emulator binary"),
            ([qemu, qemu, qemu, "--platform", "qemu-aarch64", "--budget", "2"], BadInputKind.BadArgument, "at least 5 launches per build"),
        })
        {
            string[] line = ["bisect", .. args, "--out", output];
            var (exit, _, stderr) = CliProcess.Run(line);
            var error = await CliProcess.BadInputAsync(line);

            Assert.Equal(2, exit);
            Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(says, stderr, StringComparison.Ordinal);
            Assert.Equal(kind, error.Kind);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }
}
