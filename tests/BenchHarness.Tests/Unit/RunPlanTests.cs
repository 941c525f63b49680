using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The run order: every cell once per round, a comparison's partners back to back, the order alternating by round.</summary>
public sealed class RunPlanTests
{
    private static readonly PlatformDefinition Candidate = TestData.Emulated("qemu-aarch64-candidate") with { Reference = "qemu-aarch64" };

    // Given in an order that scatters the partners: the plan regroups them.
    private static readonly PlatformDefinition[] Platforms =
    [
        TestData.Native(), TestData.Emulated("wine", "win-x64-jit", baseline: "native-jit", arch: "X64"), TestData.Emulated(),
        TestData.Native("native-jit", "linux-x64-jit"), TestData.Emulated("valgrind", "linux-x64-aot", arch: "X64"), Candidate,
    ];

    private static string Names(IEnumerable<PlannedLaunch> launches) => string.Join(" ", launches.Select(l => l.Platform.Name));

    [Fact]
    public void Partners_line_up_around_their_baseline_with_each_candidate_after_its_reference() =>
        Assert.Equal(
            ["valgrind native-aot qemu-aarch64 qemu-aarch64-candidate", "native-jit wine"],
            RunPlan.PartnerLines(Platforms).Select(g => string.Join(" ", g.Select(p => p.Name))));

    [Fact]
    public void A_third_partner_of_a_baseline_follows_the_others()
    {
        var platforms = new[] { TestData.Native(), TestData.Emulated("a"), TestData.Emulated("b"), TestData.Emulated("c") };

        Assert.Equal(["b native-aot a c"], RunPlan.PartnerLines(platforms).Select(g => string.Join(" ", g.Select(p => p.Name))));
    }

    [Fact]
    public void A_round_runs_each_group_back_to_back_forward_in_even_rounds_and_backward_in_odd_ones()
    {
        var plan = RunPlan.Create(TestData.Suite(launches: 2, workloads: ["document-render", "text-spellcheck"]), Platforms);

        Assert.Equal(6 * 2 * 2, plan.Count);
        Assert.Equal(plan.Count, plan.Select(l => l.Key).Distinct().Count());
        // Written out by hand: (round, workload) blocks in order; the lines' order rotates by one each block (two lines).
        Assert.Equal(
            [
                "valgrind native-aot qemu-aarch64 qemu-aarch64-candidate native-jit wine",
                "native-jit wine valgrind native-aot qemu-aarch64 qemu-aarch64-candidate",
                "qemu-aarch64-candidate qemu-aarch64 native-aot valgrind wine native-jit",
                "wine native-jit qemu-aarch64-candidate qemu-aarch64 native-aot valgrind",
            ],
            plan.Chunk(6).Select(Names));
        Assert.All(plan.Chunk(6), block => Assert.Single(block.Select(l => (l.Round, l.Workload)).Distinct()));
    }

    [Fact]
    public void Platforms_whose_baseline_is_not_in_the_run_group_around_their_reference()
    {
        // A gate-only run: the reference and its candidate, no native baseline.
        var plan = RunPlan.Create(TestData.Suite(launches: 2, workloads: ["document-render"]), [Candidate, TestData.Emulated()]);

        Assert.Equal(["qemu-aarch64 qemu-aarch64-candidate", "qemu-aarch64-candidate qemu-aarch64"], plan.Chunk(2).Select(Names));
    }

    [Fact]
    public void A_workload_with_fewer_launches_leaves_the_later_rounds()
    {
        var suite = TestData.Suite(launches: 3) with { Workloads = [new("document-render", 1), new("app-start", 1, Launches: 1)] };
        var plan = RunPlan.Create(suite, [TestData.Native(), TestData.Emulated()]);

        Assert.Equal(2 * (3 + 1), plan.Count);
        Assert.Equal([0], plan.Where(l => l.Workload == "app-start").Select(l => l.Round).Distinct());
    }
}
