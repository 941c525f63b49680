using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>Which launch a free lane of a counting run starts next: the baselines first, then the longest expected.</summary>
public sealed class LaunchOrderTests
{
    private static readonly PlatformDefinition[] Platforms =
        [TestData.Native(), TestData.Emulated("qemu-x86_64", "linux-x64-aot", arch: "X64"), TestData.Emulated()];

    [Fact]
    public void The_baselines_launches_go_first_in_plan_order_then_the_workload_counted_largest()
    {
        var left = RunPlan.Create(TestData.Suite(workloads: ["document-render", "picture-insert", "text-find-replace"]), Platforms).ToList();
        var roots = LaunchOrder.Roots(Platforms);
        Assert.Equal(["native-aot"], roots);

        // Nothing counted yet: the native launches, in the plan's order.
        var natives = new List<string>();
        while (LaunchOrder.Next(left, roots, _ => null) is var i && left[i].Platform.Name == "native-aot")
        {
            natives.Add(left[i].Workload);
            left.RemoveAt(i);
        }

        Assert.Equal(["document-render", "picture-insert", "text-find-replace"], natives);

        // Per invocation natively (results/regression-instructions): picture-insert 837 M, document-render 78 M, text-find-replace 13 M.
        var counted = new Dictionary<string, long?> { ["document-render"] = 78_480_000, ["picture-insert"] = 837_000_000, ["text-find-replace"] = 12_530_900 };
        Assert.Equal("picture-insert", left[LaunchOrder.Next(left, roots, w => counted[w])].Workload);

        // A workload not counted on any platform yet (its baseline failed) is started before the others.
        counted["text-find-replace"] = null;
        Assert.Equal("text-find-replace", left[LaunchOrder.Next(left, roots, w => counted[w])].Workload);
    }

    [Fact]
    public void Two_lanes_longest_first_finish_the_published_counting_run_within_a_percent_of_half_its_time_and_the_plan_order_does_not()
    {
        // The regression suite counted one launch at a time (results/regression-instructions): each launch's wall time and counts.
        var journal = JournalFile.Read(Path.Combine(ProjectLayout.Discover().Root, "results", "regression-instructions"));
        var platforms = journal.Run.Platforms.Where(p => journal.Launches.Any(l => l.Platform == p.Name)).ToList();
        var plan = RunPlan.Create(journal.Run.Suite, platforms);
        var wall = journal.Launches.ToDictionary(l => (l.Platform, l.Workload), l => l.WallNs / 1e9);
        var total = wall.Values.Sum();

        double TwoLanes(bool longestFirst)
        {
            var (left, lanes, done) = (plan.ToList(), new double[2], new List<(double End, PlannedLaunch Launch)>());
            while (left.Count > 0)
            {
                var lane = lanes[0] <= lanes[1] ? 0 : 1;
                var known = done.Where(d => d.End <= lanes[lane]).Select(d => d.Launch).ToList();
                long? PerInvocation(string workload) => journal.Samples
                    .Where(s => s.Workload == workload && known.Any(k => k.Platform.Name == s.Platform && k.Workload == workload))
                    .Select(s => (long?)s.Ns).Max();
                var i = longestFirst ? LaunchOrder.Next(left, LaunchOrder.Roots(platforms), PerInvocation) : 0;
                lanes[lane] += wall[(left[i].Platform.Name, left[i].Workload)];
                done.Add((lanes[lane], left[i]));
                left.RemoveAt(i);
            }

            return lanes.Max();
        }

        // 3,242 s one at a time; the longest launch, picture-insert under qemu-aarch64, 1,075 s: a third of it.
        // Two lanes longest first: 1,627 s, within 1% of half; in the plan's order 1,742 s, picture-insert started 16th of 17.
        Assert.InRange(total, 3_200, 3_300);
        Assert.InRange(TwoLanes(longestFirst: true), total / 2, total / 2 * 1.01);
        Assert.True(TwoLanes(longestFirst: false) > total / 2 * 1.05, $"plan order: {TwoLanes(false):0} s, longest first {TwoLanes(true):0} s, of {total:0}");
    }
}

/// <summary>The time a run's progress lines say is left.</summary>
public sealed class TimeLeftTests
{
    [Fact]
    public void Time_left_is_unknown_until_each_platform_with_launches_left_has_finished_one_then_each_at_its_platforms_mean_over_the_lanes()
    {
        var left = new TimeLeft(lanes: 2, longestFirst: false);
        left.Finished("native-aot", TimeSpan.FromSeconds(4));
        left.Finished("native-aot", TimeSpan.FromSeconds(6));

        Assert.Null(left.For(["native-aot", "qemu-aarch64"]));
        Assert.Equal(TimeSpan.FromSeconds(5), left.For(["native-aot", "native-aot"]));

        left.Finished("qemu-aarch64", TimeSpan.FromSeconds(415));
        Assert.Equal(TimeSpan.FromSeconds((5 + 415 + 415) / 2.0), left.For(["native-aot", "qemu-aarch64", "qemu-aarch64"]));
        Assert.Equal(TimeSpan.Zero, left.For([]));
    }

    [Fact]
    public void Longest_first_each_launch_left_is_taken_as_long_as_its_platforms_latest()
    {
        var left = new TimeLeft(lanes: 2, longestFirst: true);
        left.Finished("qemu-aarch64", TimeSpan.FromSeconds(447));
        left.Finished("qemu-aarch64", TimeSpan.FromSeconds(103));

        Assert.Equal(TimeSpan.FromSeconds(103 * 4 / 2.0), left.For(Enumerable.Repeat("qemu-aarch64", 4)));
    }
}
