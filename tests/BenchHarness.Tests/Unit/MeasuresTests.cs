using System.Text.Json;
using BenchHarness.Core.Compare;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>Time beside host instructions (<c>measures</c>): the agreement's statistics against NumPy, and the verb's files and refusals.</summary>
public sealed class MeasuresTests
{
    private static readonly MachineInfo Machine = new() { CpuModel = "Test CPU", Cores = 2, Harness = "abc" };

    /// <summary>A run of four workloads, qemu against native-aot, with these ratios (no intervals but on the first), timed or counted.</summary>
    private static RunResult Run(double[] ratios, MeasureKind? measure) => new()
    {
        Suite = new SuiteInfo { Name = "regression", Size = InputSize.Small, Seed = 42, Launches = 2, Iterations = 3, Measure = measure, Weights = ratios.Select((_, i) => $"w{i}").ToDictionary(w => w, _ => 0.25) },
        Host = new HostInfo { Platform = "linux-x64", Machine = Machine },
        Platforms =
        [
            new PlatformResult { Name = "native-aot", Target = "linux-x64-aot", Status = PlatformStatus.Available },
            new PlatformResult { Name = "qemu", Target = "linux-arm64-aot", Baseline = "native-aot", Status = PlatformStatus.Available },
        ],
        Cells = [],
        Comparisons = ratios.Select((r, i) => new ComparisonResult { Platform = "qemu", Baseline = "native-aot", Workload = $"w{i}", Ratio = r, CiLower = i == 0 ? r / 1.1 : null, CiUpper = i == 0 ? r * 1.1 : null }).ToList(),
        Index = [],
    };

    private static string Save(RunResult result) => TestData.SavedRun(result);

    [Fact]
    public void Concordance_correlation_and_time_per_instruction_are_those_numpy_computes()
    {
        // NumPy 1.24 on ln t = ln[2, 4, 8, 3], ln i = ln[2, 3, 10, 3]: Lin's 2·cov/(var t + var i + (mean t − mean i)²) with moments
        // over n = 0.94651989, the same by Lin's r·2/(v + 1/v + u²) decomposition; np.corrcoef = 0.96161972; exp(mean(ln t − ln i)) = 1.01626550.
        var agreement = MeasureAgreement.Of(Run([2, 4, 8, 3], null), "time", Run([2, 3, 10, 3], MeasureKind.Instructions), "counts", []);

        Assert.Equal(4, agreement.Rows.Count);
        Assert.Equal(0.94651989, agreement.Concordance!.Value, 7);
        Assert.Equal(0.96161972, agreement.Correlation!.Value, 7);
        Assert.Equal(1.01626550, agreement.TimePerInstruction!.Value, 7);
        Assert.True(agreement.Rows[0].IntervalsOverlap);
        Assert.False(agreement.Rows[1].IntervalsOverlap);
        Assert.Equal(4.0 / 3, agreement.Rows[1].TimePerInstruction, 12);
    }

    [Fact]
    public void The_verb_writes_measures_md_json_and_the_plot_into_the_counting_run_in_either_order()
    {
        var (time, counts) = (Save(Run([2, 4, 8, 3], null)), Save(Run([2, 3, 10, 3], MeasureKind.Instructions)));

        var (exit, stdout, stderr) = CliProcess.Run("measures", counts, time);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("4 workloads and platforms measured both ways: Lin's concordance of the log ratios 0.947, Pearson's r 0.962", stdout, StringComparison.Ordinal);
        var md = File.ReadAllText(Path.Combine(counts, "measures.md"));
        Assert.Contains("| qemu | native-aot | w1 | 4.00× | 3.00× | 1.33× | no |", md, StringComparison.Ordinal);
        Assert.Contains("](plots/measures.svg)", md, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(counts, "plots", "measures.png")).Length > 1000);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(counts, "measures.json")));
        Assert.Equal(0.9465, json.RootElement.GetProperty("concordance").GetDouble(), 4);
    }

    [Fact]
    public async Task Two_runs_of_one_measure_or_of_different_inputs_are_refused_in_one_line()
    {
        var (time, otherTime) = (Save(Run([2, 4, 8, 3], null)), Save(Run([2, 4, 8, 3], null)));
        var larger = Save(Run([2, 3, 10, 3], MeasureKind.Instructions) is var r ? r with { Suite = r.Suite with { Size = InputSize.Standard } } : null!);

        var same = await CliProcess.BadInputAsync("measures", time, otherTime);
        var unlike = await CliProcess.BadInputAsync("measures", time, larger);
        var one = await CliProcess.BadInputAsync("measures", time);

        Assert.Equal(BadInputKind.NotLikeForLike, same.Kind);
        Assert.Contains("both runs measured time", same.Message, StringComparison.Ordinal);
        Assert.Equal(BadInputKind.NotLikeForLike, unlike.Kind);
        Assert.Contains("input size: Small ≠ Standard", unlike.Message, StringComparison.Ordinal);
        Assert.Contains("give two run folders", one.Message, StringComparison.Ordinal);
        Assert.Equal(2, CliProcess.Run("measures", time, larger).Exit);
    }
}
