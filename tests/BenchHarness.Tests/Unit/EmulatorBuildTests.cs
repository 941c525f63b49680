using System.Diagnostics;
using BenchHarness.Core.Builds;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// <c>emulators fetch</c> against a registry of real .deb files made here: a build that runs is unpacked and recorded, one
/// that cannot run here (a library this machine lacks) or whose checksum is wrong is refused, and nothing half-unpacked
/// is ever left; a fetched build becomes a candidate's emulator and is recorded in full.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EmulatorBuildTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("bh-builds-").FullName;
    private readonly List<string> progress = [];

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("qemu-user=10.0.2+ds-2+deb13u1~bpo12+1", "qemu-user", "10.0.2+ds-2+deb13u1~bpo12+1", "10.0.2+ds-2+deb13u1~bpo12+1")]
    [InlineData("qemu-user=1:7.2+dfsg-7+deb12u15", "qemu-user", "1:7.2+dfsg-7+deb12u15", "7.2+dfsg-7+deb12u15")]
    public void A_build_is_a_package_and_its_version_with_the_epoch_optional(string text, string package, string version, string folder)
    {
        var name = BuildName.Parse(text, '=', "emulators fetch");
        Assert.Equal((package, version, folder), (name.Package, name.Version, name.Folder));
        Assert.True(name.Names("1:" + folder));
        Assert.False(name.Names("1:" + folder + "x"));
    }

    [Theory]
    [InlineData("qemu-user", "give PACKAGE=VERSION")]
    [InlineData("=10.0", "give PACKAGE=VERSION")]
    [InlineData("Qemu_User=10.0", "is not a Debian package name")]
    [InlineData("qemu-user=latest", "is not a Debian version")]
    [InlineData("qemu-user=10.0;rm -rf /", "is not a Debian version")]
    public void A_malformed_build_name_is_bad_input(string text, string expected)
    {
        var e = Assert.Throws<BadInputException>(() => BuildName.Parse(text, '=', "emulators fetch"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_that_runs_is_unpacked_checked_and_recorded_and_not_fetched_twice()
    {
        var registry = Registry();
        registry.Add("qemu-user", "1:9.1+test-1", new Dictionary<string, string> { ["qemu-aarch64"] = "/usr/bin/true", ["qemu-x86_64"] = "/sbin/ldconfig", ["qemu-arm"] = "/usr/bin/true" });
        var store = Store();

        var build = Fetcher(store, registry).Fetch(BuildName.Parse("qemu-user=9.1+test-1", '=', "test"), ["qemu-aarch64", "qemu-x86_64"]);

        Assert.Equal("1:9.1+test-1", build.Version);
        Assert.Equal(["qemu-aarch64", "qemu-x86_64"], build.Programs.Select(p => p.Name));
        Assert.Equal(["dynamic", "static"], build.Programs.Select(p => p.Linked));
        Assert.StartsWith("true (GNU coreutils)", build.Programs[0].VersionLine, StringComparison.Ordinal);
        Assert.Equal(64, build.Sha256.Length);
        var folder = Path.Combine(store.Directory, "qemu-user", "9.1+test-1");
        Assert.True(File.Exists(Path.Combine(folder, "usr", "bin", "qemu-aarch64")));
        Assert.Equal(["9.1+test-1"], Directory.GetFileSystemEntries(Path.Combine(store.Directory, "qemu-user")).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetFiles(folder, "*.deb", SearchOption.AllDirectories), _ => true);

        var calls = registry.Calls;
        var again = Fetcher(store, registry).Fetch(BuildName.Parse("qemu-user=1:9.1+test-1", '=', "test"), ["qemu-aarch64"]);
        Assert.Equal(calls, registry.Calls);
        Assert.Equal(build.Sha256, again.Sha256);
        Assert.Single(store.All());
    }

    [Fact]
    public void A_build_needing_a_library_this_machine_lacks_is_refused_with_the_loaders_reason_and_nothing_is_left()
    {
        var program = NeedsMissingLibrary();
        var registry = Registry();
        registry.Add("qemu-user", "9.2", new Dictionary<string, string> { ["qemu-aarch64"] = program });
        var store = Store();

        var e = Assert.Throws<BadInputException>(() => Fetcher(store, registry).Fetch(BuildName.Parse("qemu-user=9.2", '=', "test"), ["qemu-aarch64"]));

        Assert.Contains("qemu-user@9.2 cannot run here: usr/bin/qemu-aarch64, asked for its version, failed", e.Message, StringComparison.Ordinal);
        Assert.Contains("libbenchharness-missing.so", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(store.Directory, "qemu-user")));
        Assert.Empty(store.All());
    }

    [Fact]
    public void A_download_whose_checksum_differs_from_the_index_is_refused_and_nothing_is_left()
    {
        var registry = Registry();
        registry.Add("qemu-user", "9.3", new Dictionary<string, string> { ["qemu-aarch64"] = "/usr/bin/true" });
        registry.WrongSha256 = new string('0', 64);
        var store = Store();

        var e = Assert.Throws<BadInputException>(() => Fetcher(store, registry).Fetch(BuildName.Parse("qemu-user=9.3", '=', "test"), ["qemu-aarch64"]));

        Assert.Contains("the registry's index says 0000", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(store.Directory, "qemu-user")));
    }

    [Fact]
    public void An_unknown_version_is_refused_with_the_versions_the_registry_has()
    {
        var registry = Registry();
        registry.Add("qemu-user", "1:9.4", new Dictionary<string, string> { ["qemu-aarch64"] = "/usr/bin/true" });

        var e = Assert.Throws<BadInputException>(() => Fetcher(Store(), registry).Fetch(BuildName.Parse("qemu-user=9.9", '=', "test"), ["qemu-aarch64"]));

        Assert.Equal(BadInputKind.UnknownName, e.Kind);
        Assert.Equal("Debian's registry has no qemu-user version 9.9; it has 1:9.4 (test/main).", e.Message);
    }

    [Fact]
    public void A_registry_that_cannot_be_reached_is_one_line_naming_it()
    {
        // Real apt, with lists of its own, against a port where nothing listens: refused at once, nothing is downloaded.
        var registry = new DebianRegistry(Path.Combine(root, "apt"), "http://127.0.0.1:9/debian", progress.Add);

        var e = Assert.Throws<BadInputException>(() => registry.Versions("qemu-user", refresh: false));

        Assert.StartsWith("cannot reach Debian's package registry at http://127.0.0.1:9/debian: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_fetched_build_is_a_candidates_emulator_recorded_with_its_version_and_checksum()
    {
        var registry = Registry();
        registry.Add("qemu-user", "1:9.5", new Dictionary<string, string> { ["qemu-aarch64"] = "/usr/bin/true" });
        var store = Store();
        var fetched = Fetcher(store, registry).Fetch(BuildName.Parse("qemu-user=9.5", '=', "test"), ["qemu-aarch64"]);
        var shipped = PlatformLoader.Shipped(ProjectLayout.Discover(), includeTemplates: false);

        var candidate = PlatformLoader.Candidate(new CandidateBuild("qemu-aarch64", "qemu-user@9.5"), shipped, shipped, store);

        Assert.Equal(Path.Combine(store.Directory, "qemu-user", "9.5", "usr", "bin", "qemu-aarch64"), candidate.Launcher[0]);
        Assert.Equal(["-L", "/usr/aarch64-linux-gnu"], candidate.Launcher.Skip(1));
        Assert.Equal(candidate.Launcher[0], candidate.Version[0]);
        Assert.Equal(new EmulatorBuild("qemu-user", "1:9.5", fetched.Sha256), candidate.Build);
        Assert.Equal("qemu-aarch64", candidate.Reference);

        var missing = Assert.Throws<BadInputException>(() => PlatformLoader.Candidate(new CandidateBuild("qemu-aarch64", "qemu-user@9.6"), shipped, shipped, store));
        Assert.Contains("qemu-user@9.6 has not been fetched: run `benchharness emulators fetch qemu-user=9.6` first", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_that_pins_a_builds_checksum_refuses_another_build_under_that_version()
    {
        var registry = Registry();
        registry.Add("qemu-user", "9.7", new Dictionary<string, string> { ["qemu-aarch64"] = "/usr/bin/true" });
        var store = Store();
        var fetched = Fetcher(store, registry).Fetch(BuildName.Parse("qemu-user=9.7", '=', "test"), ["qemu-aarch64"]);
        var platform = new PlatformDefinition { Name = "qemu-97", Launcher = ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"], Target = ProbeTarget.Parse("linux-arm64-aot"), Version = ["qemu-aarch64", "--version"] };

        Assert.Equal(fetched.Sha256, store.Apply(platform with { Build = new EmulatorBuild("qemu-user", "9.7", fetched.Sha256) }).Build!.Sha256);
        var e = Assert.Throws<BadInputException>(() => store.Apply(platform with { Build = new EmulatorBuild("qemu-user", "9.7", new string('a', 64)) }));
        Assert.Equal(BadInputKind.NotLikeForLike, e.Kind);
        Assert.Contains("pins qemu-user@9.7 to .deb SHA-256 aaaa", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_file_names_a_build_as_strict_json()
    {
        var file = Path.Combine(root, "qemu-next.json");
        File.WriteAllText(file, """
            {"name": "qemu-next", "launcher": ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"], "target": "linux-arm64-aot", "baseline": "native-aot",
             "build": {"package": "qemu-user", "version": "10.0.2+ds-2+deb13u1~bpo12+1"}}
            """);
        Assert.Equal(new EmulatorBuild("qemu-user", "10.0.2+ds-2+deb13u1~bpo12+1"), PlatformLoader.LoadFile(file).Build);
        File.WriteAllText(file, """{"name": "qemu-next", "launcher": ["qemu-aarch64"], "target": "linux-arm64-aot", "build": {"package": "qemu-user", "versoin": "10.0.2"}}""");
        Assert.Throws<BadInputException>(() => PlatformLoader.LoadFile(file));
    }

    private LocalRegistry Registry() => new(Directory.CreateDirectory(Path.Combine(root, "registry")).FullName);

    private BuildStore Store() => new(new ProjectLayout(Directory.CreateDirectory(Path.Combine(root, "checkout")).FullName));

    private BuildFetcher Fetcher(BuildStore store, IPackageRegistry registry) => new(store, registry, progress.Add);

    /// <summary>A real ELF program linked against a shared library that is then not installed: the dynamic loader refuses it.</summary>
    private string NeedsMissingLibrary()
    {
        var dir = Directory.CreateDirectory(Path.Combine(root, "cc")).FullName;
        File.WriteAllText(Path.Combine(dir, "lib.c"), "int missing_answer(void) { return 42; }\n");
        File.WriteAllText(Path.Combine(dir, "main.c"), "int missing_answer(void);\nint main(void) { return missing_answer() == 42 ? 0 : 1; }\n");
        Cc(dir, "-shared", "-fPIC", "-o", "libbenchharness-missing.so", "lib.c");
        Cc(dir, "-o", "needs-missing", "main.c", "-L.", "-lbenchharness-missing");
        File.Delete(Path.Combine(dir, "libbenchharness-missing.so"));
        return Path.Combine(dir, "needs-missing");
    }

    private static void Cc(string dir, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("cc", args) { WorkingDirectory = dir, RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"cc failed: {errors}");
    }
}
