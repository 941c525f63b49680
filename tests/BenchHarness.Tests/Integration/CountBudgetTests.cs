using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The count budget for real: a counting launch lets the probe stop once it has counted
/// <see cref="InstructionCount.CountBudget"/> host instructions. text-spellcheck at small inputs needs about 4.6 G host
/// instructions an invocation under Debian's qemu-aarch64 7.2 (results/counting-cost): below the budget after one,
/// past it after two, so its launch counts two invocations where native-aot's counts all three. Run by <c>.ci/run</c>.
/// </summary>
[Trait("Category", "Integration")]
[Trait("Category", "Long")]
public sealed class CountBudgetTests
{
    [Fact]
    public async Task A_counting_launch_stops_once_it_has_counted_the_budget()
    {
        var layout = ProjectLayout.Discover();
        var platforms = PlatformLoader.Select(["qemu-aarch64"], layout);
        var checker = new PlatformChecker(layout);
        RealRun.AssertAvailable(checker, platforms);
        var suite = TestData.Suite(workloads: "text-spellcheck") with { Warmup = 0, Measure = MeasureKind.Instructions };
        var (directory, progress) = await RealRun.MeasureAsync(layout, checker, suite, platforms);

        var result = ResultBuilder.Build(JournalFile.Read(directory));
        Assert.All(result.Cells, c => Assert.True(c.Status == CellStatus.Ok, $"{c.Platform}: {c.Status} {c.Error}\n{string.Join('\n', progress)}"));

        // Natively far below the budget: every invocation a launch counts.
        Assert.Equal(InstructionCount.InvocationsPerLaunch, result.Cells.Single(c => c.Platform == "native-aot").SamplesNs.Count);

        // Emulated, in the order counted: the first below the budget (so a second was counted), the two past it (so no third).
        var counts = JournalFile.Read(directory).Samples.Where(s => s.Platform == "qemu-aarch64" && s.Kind == SampleKind.Warm).Select(s => s.Ns).ToList();
        var said = $"counted {string.Join(" + ", counts.Select(c => $"{c / 1e9:0.00} G"))} against a budget of {InstructionCount.CountBudget / 1e9:0} G";
        Assert.True(counts.Count == 2, said);
        Assert.True(counts[0] < InstructionCount.CountBudget && counts.Sum() >= InstructionCount.CountBudget, said);
        Assert.Equal(counts.Order(), result.Cells.Single(c => c.Platform == "qemu-aarch64").SamplesNs.Order());
    }
}
