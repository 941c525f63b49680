using System.Globalization;
using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

/// <summary>Figures the docs give that the shipped definitions and the code decide, read from both so that they cannot drift apart.</summary>
public sealed class DocsAgainstDefinitionsTests
{
    private static string Root => ProjectLayout.Discover().Root;

    private static string Doc(string name) => File.ReadAllText(Path.Combine(Root, "docs", name));

    [Fact]
    public void Workloads_md_gives_each_suites_own_number_of_app_start_processes()
    {
        var row = Doc("workloads.md").Split('\n').Single(l => l.StartsWith("| `app-start` |", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "benchmarks", "suites"), "*.json"))
        {
            using var suite = JsonDocument.Parse(File.ReadAllText(file));
            var appStart = suite.RootElement.GetProperty("workloads").EnumerateArray().FirstOrDefault(w => w.GetProperty("name").GetString() == "app-start");
            if (appStart.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            var launches = appStart.TryGetProperty("launches", out var own) ? own.GetInt32() : suite.RootElement.GetProperty("launches").GetInt32();
            Assert.Contains($"{Path.GetFileNameWithoutExtension(file)} {launches}", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Robustness_md_gives_the_cap_on_launches_per_cell_the_code_enforces()
    {
        Assert.Contains($"{SuiteLoader.MostLaunches.ToString("N0", CultureInfo.InvariantCulture)} launches per cell", Doc("robustness.md"), StringComparison.Ordinal);
    }
}
