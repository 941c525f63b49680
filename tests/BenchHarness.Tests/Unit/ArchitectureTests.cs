using System.Text.RegularExpressions;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// The rules of docs/architecture.md, read off the source tree: small files, statistics only in Analysis, the CLI's
/// flags only in the CLI, and no loop between the folders of BenchHarness.Core.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const int MostLines = 300;
    private static readonly string Root = ProjectLayout.Discover().Root;
    private static readonly string Core = Path.Combine(Root, "src", "BenchHarness.Core");
    private static readonly string[] SourceFolders = ["src", "workloads", "tests", "benchmarks"];

    [Fact]
    public void No_source_file_is_over_300_lines()
    {
        var longer = SourceFolders
            .SelectMany(d => Sources(Path.Combine(Root, d)))
            .Select(f => (File: Path.GetRelativePath(Root, f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > MostLines)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(longer.Count == 0, string.Join("\n", longer));
    }

    [Fact]
    public void Statistics_are_computed_only_in_Analysis()
    {
        var outside = Sources(Path.Combine(Root, "src"))
            .Where(f => !f.StartsWith(Path.Combine(Core, "Analysis") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => Code(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => StatisticsCall().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    [Fact]
    public void Core_names_no_flag_of_the_command_line()
    {
        var flags = Sources(Path.Combine(Root, "src", "BenchHarness.Cli"))
            .SelectMany(f => FlagDefinition().Matches(File.ReadAllText(f)).Select(m => m.Groups["flag"].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("--resume", flags);
        Assert.Contains("--out", flags);

        var named = Sources(Core)
            .SelectMany(f => Code(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .SelectMany(l => StringLiteral().Matches(l.Text).SelectMany(s => Flag().Matches(s.Value))
                .Where(m => flags.Contains(m.Value))
                .Select(m => $"{Path.GetRelativePath(Root, l.File)}:{l.Line}: {m.Value}"))
            .ToList();

        Assert.True(named.Count == 0, string.Join("\n", named));
    }

    [Fact]
    public void The_folders_of_Core_depend_on_each_other_without_a_loop()
    {
        var graph = CoreDependencies();
        Assert.True(graph.Count >= 10, $"only {graph.Count} folders found under {Core}");

        var loops = graph.Keys.SelectMany(from => graph[from].Where(to => Reaches(graph, to, from)).Select(to => $"{from} -> {to} -> … -> {from}")).ToList();

        Assert.True(loops.Count == 0, string.Join("\n", loops));
    }

    [Fact]
    public void The_loop_check_finds_a_loop_in_a_graph_that_has_one()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>
        {
            ["Runner"] = new HashSet<string> { "Remote", "Model" },
            ["Remote"] = new HashSet<string> { "Model", "Runner" },
            ["Model"] = new HashSet<string>(),
        };

        Assert.True(Reaches(graph, "Remote", "Runner"));
        Assert.False(Reaches(graph, "Model", "Runner"));
    }

    /// <summary>Core's folders and the other Core folders each one names: by a using, or by a type of that folder qualified with its name.</summary>
    private static Dictionary<string, IReadOnlySet<string>> CoreDependencies()
    {
        var folders = Directory.GetDirectories(Core).Select(Path.GetFileName).OfType<string>().Where(n => n is not ("bin" or "obj")).ToList();
        var types = folders.ToDictionary(f => f, f => Sources(Path.Combine(Core, f))
            .SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal));
        return folders.ToDictionary(f => f, f =>
        {
            var text = string.Join('\n', Sources(Path.Combine(Core, f)).SelectMany(Code));
            return (IReadOnlySet<string>)folders.Where(other => other != f
                && (text.Contains($"BenchHarness.Core.{other};", StringComparison.Ordinal) || text.Contains($"BenchHarness.Core.{other}.", StringComparison.Ordinal)
                    || types[other].Any(t => Regex.IsMatch(text, $@"(?<![\w.]){other}\.{t}\b")))).ToHashSet(StringComparer.Ordinal);
        });
    }

    private static bool Reaches(Dictionary<string, IReadOnlySet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = new Stack<string>([from]);
        while (next.TryPop(out var folder))
        {
            if (folder == to)
            {
                return true;
            }

            if (seen.Add(folder) && graph.TryGetValue(folder, out var edges))
            {
                foreach (var edge in edges)
                {
                    next.Push(edge);
                }
            }
        }

        return false;
    }

    private static IEnumerable<string> Sources(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>A file's lines without its comment lines (XML documentation may speak of flags and estimators).</summary>
    private static IEnumerable<string> Code(string file) =>
        File.ReadAllLines(file).Select(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : l);

    [GeneratedRegex(@"using Perfolizer|PerfolizerMethods\.|MedianEstimator\.|\bQuantile\w*\(")]
    private static partial Regex StatisticsCall();

    [GeneratedRegex(@"""(?<flag>--[a-z][a-z-]*)""")]
    private static partial Regex FlagDefinition();

    [GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]*\b")]
    private static partial Regex Flag();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
