using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Results;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

public sealed class DefinitionTests
{
    private static readonly ProjectLayout Repo = ProjectLayout.Discover();
    private static readonly string[] Workloads = BenchHarness.Workloads.Catalog.WorkloadCatalog.All.Select(w => w.Name).ToArray();

    [Fact]
    public void The_shipped_suites_load_and_name_known_workloads()
    {
        foreach (var name in new[] { "quick", "default", "regression" })
        {
            var suite = SuiteLoader.Load(name, Repo, Workloads);
            Assert.Equal(name, suite.Name);
        }
    }

    [Fact]
    public void The_libreoffice_suite_loads_through_its_workloads_kinds_and_reads_the_same_in_the_old_words()
    {
        var generators = BenchHarness.Cli.Inputs.OfficeInputGenerators.Instance.Names;
        var suite = SuiteLoader.Load("libreoffice", Repo, Workloads, generators, WorkloadKinds.Validate);
        Assert.All(suite.Workloads, w => Assert.IsType<CommandKind>(WorkloadKinds.Of(w)));
        Assert.IsType<ProbeKind>(WorkloadKinds.Of(new SuiteWorkload("document-render", 1)));
        // Without the kinds' rules every entry must be a probe workload.
        Assert.Contains("unknown workload 'lo-report-to-pdf'", Assert.Throws<BadInputException>(() => SuiteLoader.Load("libreoffice", Repo, Workloads, generators)).Message);

        // The same suite written before the one placeholder syntax: it loads, and its arguments expand to the same.
        var path = Path.Combine(TestData.TempDirectory(), "libreoffice-old.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Repo.SuitesDirectory, "libreoffice.json"))
            .Replace("${FRESH_URL}", "{fresh-url}", StringComparison.Ordinal).Replace("${FRESH}", "{fresh}", StringComparison.Ordinal)
            .Replace("${OUT}", "{out}", StringComparison.Ordinal).Replace("${INPUTS}", "{inputs}", StringComparison.Ordinal));
        var old = SuiteLoader.Load(path, Repo, Workloads, generators, WorkloadKinds.Validate);
        var words = new Dictionary<string, string> { ["INPUTS"] = "/in", ["FRESH"] = "/f", ["FRESH_URL"] = "file:///f", ["OUT"] = "/f/out" };
        string[] Expanded(Suite s) => [.. s.Workloads.SelectMany(w => w.Command!.Args.Append(w.Command.Output.File)).Select(a => Placeholders.Expand(a, words))];
        Assert.DoesNotContain("${", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(Expanded(suite), Expanded(old));
        Assert.Contains("/f/out", Expanded(suite));
    }

    [Fact]
    public void Launches_from_the_command_line_apply_to_every_workload_and_are_said_in_the_description()
    {
        var regression = SuiteLoader.Load("regression", Repo, Workloads);
        Assert.Equal(9, regression.Workloads.Single(w => w.Name == "app-start").Launches);

        var more = SuiteLoader.WithLaunches(regression, 24);

        Assert.Equal(24, more.Launches);
        Assert.All(more.Workloads, w => Assert.Null(w.Launches));
        Assert.EndsWith("(24 launches per cell)", more.Description);
        Assert.Same(regression, SuiteLoader.WithLaunches(regression, null));
    }

    [Fact]
    public void Every_shipped_platform_loads_and_every_baseline_exists()
    {
        var platforms = PlatformLoader.Shipped(Repo, includeTemplates: true);
        Assert.Contains(platforms, p => p.Name == "qemu-aarch64" && p.Baseline == "native-aot");
        Assert.Contains(platforms, p => p.Name == "wine" && p.Baseline == "native-jit");
        Assert.All(platforms.Where(p => p.Baseline is not null), p => Assert.Contains(platforms, b => b.Name == p.Baseline));
        foreach (var name in new[] { "box64", "fex-emu", "box64-wine", "rosetta", "windows-on-arm-prism" })
        {
            Assert.Contains(platforms, p => p.Name == name);
        }
    }

    [Fact]
    public void Selecting_an_emulated_platform_brings_its_baseline()
    {
        var chosen = PlatformLoader.Select(["qemu-aarch64"], Repo);

        Assert.Equal(["qemu-aarch64", "native-aot"], chosen.Select(p => p.Name));
    }

    [Fact]
    public void A_suite_of_commands_compares_every_emulated_platform_with_native_and_leaves_native_aot_out()
    {
        var suite = SuiteLoader.Load("libreoffice", Repo, Workloads, BenchHarness.Cli.Inputs.OfficeInputGenerators.Instance.Names, WorkloadKinds.Validate);
        Assert.Equal("native", suite.Baseline);

        var chosen = PlatformLoader.Select(suite.Platforms!, Repo, baseline: suite.Baseline);

        Assert.Equal(["native", "qemu-x86_64", "qemu-aarch64-root"], chosen.Select(p => p.Name));
        Assert.Equal([null, "native", "native"], chosen.Select(p => p.Baseline));
        Assert.Equal(["qemu-x86_64-candidate", "native", "qemu-x86_64"],
            PlatformLoader.Select([], Repo, [new("qemu-x86_64", "/bin/sh")], suite.Baseline).Select(p => p.Name));
    }

    [Fact]
    public void A_suite_baseline_that_is_emulated_or_unknown_is_bad_input()
    {
        var emulated = Assert.Throws<BadInputException>(() => PlatformLoader.Select(["qemu-aarch64"], Repo, baseline: "qemu-x86_64"));
        Assert.Contains("name a native one", emulated.Message);
        Assert.Equal(BadInputKind.UnknownName, Assert.Throws<BadInputException>(() => PlatformLoader.Select(["qemu-aarch64"], Repo, baseline: "natve")).Kind);
    }

    /// <param name="named">What the message must point at: the workload or field at fault.</param>
    [Theory]
    [InlineData("""{"name":"x","workloads":[{"name":"nope","weight":1}]}""", "'nope'")]
    [InlineData("""{"name":"x","workloads":[{"name":"document-render","weight":1}],"itrations":5}""", "itrations")]
    [InlineData("""{"name":"x","size":"huge","workloads":[{"name":"document-render","weight":1}]}""", "$.size")]
    [InlineData("""{"workloads":[]}""", "name")]
    [InlineData("""{"name": """, "")]
    public void A_malformed_suite_is_bad_input_that_names_the_file_and_the_field(string json, string named)
    {
        var path = Path.Combine(TestData.TempDirectory(), "suite.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<BadInputException>(() => SuiteLoader.Load(path, Repo, Workloads));
        Assert.Equal((BadInputKind.BadDefinition, path), (error.Kind, error.Subject));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void All_leaves_out_templates_and_opt_in_platforms_but_takes_them_by_name()
    {
        var all = PlatformLoader.Select(["all"], Repo).Select(p => p.Name).ToList();

        Assert.Contains("wine", all);
        Assert.DoesNotContain("box64", all);
        Assert.DoesNotContain("qemu-x86_64-jit-wx", all);
        Assert.Equal(["qemu-x86_64-jit-wx", "native-jit-wx"], PlatformLoader.Select(["qemu-x86_64-jit-wx"], Repo).Select(p => p.Name));
    }

    [Fact]
    public void A_platform_named_twice_is_one_platform_and_a_candidate_joins_its_reference()
    {
        // Two candidate builds, as files that exist (a candidate that does not is refused before anything runs).
        var builds = TestData.TempDirectory();
        var (first, other) = (Path.Combine(builds, "qemu-aarch64"), Path.Combine(builds, "qemu-aarch64-2"));
        File.WriteAllText(first, "");
        File.WriteAllText(other, "");
        var chosen = PlatformLoader.Select(["qemu-aarch64", "all"], Repo, [new("qemu-aarch64", first), new("qemu-aarch64", other)]);
        var candidate = chosen.Single(p => p.Name == "qemu-aarch64-candidate");
        var second = chosen.Single(p => p.Name == "qemu-aarch64-candidate-2");

        Assert.Single(chosen, p => p.Name == "qemu-aarch64");
        Assert.Equal("qemu-aarch64", candidate.Reference);
        Assert.Equal([first, "-L", "/usr/aarch64-linux-gnu"], candidate.Launcher);
        Assert.Equal([first, "--version"], candidate.Version);
        Assert.Equal(other, second.Launcher[0]);
        Assert.Equal(["qemu-aarch64-candidate", "native-aot", "qemu-aarch64"], PlatformLoader.Select([], Repo, [new("qemu-aarch64", "/bin/sh")]).Select(p => p.Name));
    }

    [Fact]
    public void A_candidate_of_a_native_platform_is_bad_input_naming_the_platform()
    {
        var error = Assert.Throws<BadInputException>(() => PlatformLoader.Select([], Repo, [new("native-aot", "/opt/qemu")]));

        Assert.Equal((BadInputKind.BadArgument, "native-aot"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Two_different_platforms_under_one_name_are_bad_input()
    {
        var directory = Fakes.TestData.TempDirectory();
        var (one, other) = (Path.Combine(directory, "one.json"), Path.Combine(directory, "other.json"));
        File.WriteAllText(one, """{"name":"mine","target":"linux-x64-aot","baseline":"native-aot"}""");
        File.WriteAllText(other, """{"name":"mine","target":"linux-x64-jit","baseline":"native-jit"}""");

        var error = Assert.Throws<BadInputException>(() => PlatformLoader.Select([one, other], Repo));
        Assert.Equal((BadInputKind.AlreadyExists, "mine"), (error.Kind, error.Subject));

        // A user's file under a shipped platform's name, defined otherwise, would pass for that platform in the results.
        var shadow = Path.Combine(directory, "qemu-aarch64.json");
        File.WriteAllText(shadow, """{"name":"qemu-aarch64","launcher":["/bin/sh"],"target":"linux-arm64-aot","baseline":"native-aot"}""");
        var shadowed = Assert.Throws<BadInputException>(() => PlatformLoader.Select([shadow], Repo));
        Assert.Equal((BadInputKind.AlreadyExists, shadow), (shadowed.Kind, shadowed.Subject));
    }

    [Fact]
    public void An_unknown_platform_names_the_known_ones()
    {
        var error = Assert.Throws<BadInputException>(() => PlatformLoader.Select(["qemu-mips"], Repo));

        Assert.Equal((BadInputKind.UnknownName, "qemu-mips"), (error.Kind, error.Subject));
        // The fix: the names it could have meant.
        Assert.Contains("qemu-aarch64", error.Message);
    }

    [Fact]
    public void A_torn_last_journal_line_is_ignored_and_a_corrupt_one_is_bad_input()
    {
        var directory = TestData.TempDirectory();
        var path = Path.Combine(directory, JournalFile.FileName);
        const string run = """{"type":"run","suite":{"name":"s","workloads":[{"name":"w","weight":1}]},"platforms":[],"host":"linux-x64"}""";
        File.WriteAllText(path, run + "\n{\"type\":\"sam");
        var read = JournalFile.Read(directory);
        Assert.Equal("s", read.Run.Suite.Name);
        Assert.Empty(read.Samples);

        using (var journal = JournalFile.OpenForAppend(directory))
        {
            journal.Append(new PlatformRecord { Platform = "p", Status = PlatformStatus.Available });
        }

        Assert.Equal("p", Assert.Single(JournalFile.Read(directory).Platforms).Platform);

        File.AppendAllText(path, "garbage\n{\"type\":\"platform\"}\n");
        var error = Assert.Throws<BadInputException>(() => JournalFile.Read(directory));
        Assert.Equal((BadInputKind.UnreadableRun, path), (error.Kind, error.Subject));
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void A_corrupt_result_file_is_bad_input()
    {
        var directory = TestData.TempDirectory();
        File.WriteAllText(Path.Combine(directory, ResultFile.FileName), "{ not json");

        var error = Assert.Throws<BadInputException>(() => ResultFile.Read(directory));
        Assert.Equal((BadInputKind.UnreadableRun, Path.Combine(directory, ResultFile.FileName)), (error.Kind, error.Subject));
    }
}
