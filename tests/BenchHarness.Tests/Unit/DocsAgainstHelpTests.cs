using System.Text.RegularExpressions;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// The README and docs/*.md against the CLI's own <c>--help</c>, so that they cannot drift apart: every option written
/// after a verb exists on that verb, every option a verb has is in docs/cli.md's table of verbs, and <c>run --help</c>
/// names every shipped suite.
/// </summary>
public sealed partial class DocsAgainstHelpTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Help = new(ReadHelp);

    /// <summary>Every verb (and <c>emulators</c>' sub-verbs, as "emulators fetch") with its options, from the CLI's help.</summary>
    private static Dictionary<string, IReadOnlySet<string>> ReadHelp()
    {
        var (_, root, _) = CliProcess.Run("--help");
        var verbs = Section(root, "Commands:").Select(l => VerbLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var (_, emulators, _) = CliProcess.Run("emulators", "--help");
        verbs.AddRange(Section(emulators, "Commands:").Select(l => VerbLine().Match(l)).Where(m => m.Success).Select(m => $"emulators {m.Groups[1].Value}"));
        return verbs.ToDictionary(v => v, v =>
        {
            var (_, help, _) = CliProcess.Run([.. v.Split(' '), "--help"]);
            return (IReadOnlySet<string>)Section(help, "Options:").Select(l => OptionLine().Match(l)).Where(m => m.Success)
                .SelectMany(m => LongOption().Matches(m.Groups[1].Value).Select(o => o.Value)).ToHashSet(StringComparer.Ordinal);
        });
    }

    private static IEnumerable<string> Section(string help, string heading) =>
        help.Split('\n').SkipWhile(l => l.TrimEnd() != heading).Skip(1).TakeWhile(l => l.Trim().Length > 0);

    private static IEnumerable<string> Pages()
    {
        var root = ProjectLayout.Discover().Root;
        return Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Prepend(Path.Combine(root, "README.md"));
    }

    /// <summary>The code of a page: its inline code spans and the lines of its fenced blocks, each a piece of its own.</summary>
    private static IEnumerable<string> Code(string page)
    {
        var fenced = false;
        foreach (var line in File.ReadLines(page))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced)
            {
                yield return line;
                continue;
            }

            foreach (Match span in InlineCode().Matches(line))
            {
                yield return span.Groups[1].Value.Replace("\\|", "|", StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// The verb a piece of code runs and the options written after it: <c>benchharness VERB …</c>, <c>bench.sh …</c>
    /// (which passes its arguments to run), or a piece that starts with a verb, as the tables write them.
    /// </summary>
    private static IEnumerable<(string Verb, string Option)> Uses(string code, IReadOnlyDictionary<string, IReadOnlySet<string>> help)
    {
        foreach (var command in code.Split(["&&", ";", " | ", "$(", "`"], StringSplitOptions.None))
        {
            var text = command.Split(" #")[0];
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var at = words.FindIndex(w => w.EndsWith("benchharness", StringComparison.Ordinal) || w.EndsWith("bench.sh", StringComparison.Ordinal));
            string? verb = null;
            if (at >= 0 && words[at].EndsWith("bench.sh", StringComparison.Ordinal))
            {
                verb = "run";
            }
            else if (at >= 0 && at + 1 < words.Count)
            {
                verb = words[at + 1];
                at++;
            }
            else if (words.Count > 0 && help.ContainsKey(words[0]))
            {
                (verb, at) = (words[0], 0);
            }

            if (verb == "emulators" && at + 1 < words.Count && help.ContainsKey($"emulators {words[at + 1]}"))
            {
                verb = $"emulators {words[at + 1]}";
            }

            if (verb is null || !help.ContainsKey(verb))
            {
                continue;
            }

            foreach (var word in words.Skip(at + 1))
            {
                if (LongOption().Match(word.TrimStart('[')) is { Success: true, Index: 0 } option)
                {
                    yield return (verb, option.Value);
                }
            }
        }
    }

    [Fact]
    public void Every_option_written_after_a_verb_in_the_readme_and_docs_is_one_that_verb_has()
    {
        var help = Help.Value;
        Assert.Contains("run", help.Keys);
        Assert.Contains("--suite", help["run"]);
        var unknown = Pages().SelectMany(page => Code(page).SelectMany(code => Uses(code, help))
                .Where(u => u.Option != "--help" && !help[u.Verb].Contains(u.Option))
                .Select(u => $"{Path.GetFileName(page)}: {u.Verb} {u.Option}"))
            .Distinct().ToList();

        Assert.True(unknown.Count == 0, "options the docs give that --help does not have: " + string.Join("; ", unknown));
    }

    [Fact]
    public void Every_option_of_every_verb_is_in_the_table_of_verbs()
    {
        var help = Help.Value;
        var table = File.ReadLines(Path.Combine(ProjectLayout.Discover().Root, "docs", "cli.md"))
            .SkipWhile(l => !l.StartsWith("| verb |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split(" | ")[0].TrimStart('|', ' '))
            .ToList();
        var written = table.SelectMany(cell => InlineCode().Matches(cell).SelectMany(c => Uses(c.Groups[1].Value.Replace("\\|", "|", StringComparison.Ordinal), help))).ToHashSet();
        var missing = help.SelectMany(v => v.Value.Where(o => o != "--help" && !written.Contains((v.Key, o))).Select(o => $"{v.Key} {o}")).ToList();

        Assert.Contains(help.Keys, v => v == "emulators fetch");
        Assert.True(missing.Count == 0, "options --help has that docs/cli.md's table of verbs does not name: " + string.Join("; ", missing));
    }

    [Fact]
    public void Run_help_names_every_shipped_suite()
    {
        var (_, help, _) = CliProcess.Run("run", "--help");
        var suites = Directory.GetFiles(Path.Combine(ProjectLayout.Discover().Root, "benchmarks", "suites"), "*.json").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.NotEmpty(suites);
        Assert.All(suites, s => Assert.Contains(s!, help, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^  ([a-z][a-z-]*)\b")]
    private static partial Regex VerbLine();

    [GeneratedRegex(@"^  (-\S.*?)(?:  |$)")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"--[a-z][a-z0-9-]*")]
    private static partial Regex LongOption();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();
}
