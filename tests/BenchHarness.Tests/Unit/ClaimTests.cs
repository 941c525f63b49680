using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Reports;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>The claim in its own words: which platforms answer it, and its headline in the report.</summary>
public sealed class ClaimTests
{
    [Fact]
    public void The_windows_probe_through_a_translator_answers_the_claim_and_a_translator_of_the_hosts_own_architecture_is_a_stand_in()
    {
        var all = PlatformLoader.Shipped(ProjectLayout.Discover(), includeTemplates: true);
        var claims = all.ToDictionary(p => p.Name, p => ClaimReading.Of(p, all.FirstOrDefault(b => b.Name == p.Baseline)));

        const string stack = "Windows office software through Wine and a binary translator";
        Assert.Equal(stack, claims["wine-qemu-x86_64"]?.Subject);
        Assert.Contains("stand-in", claims["wine-qemu-x86_64"]!.Proxy, StringComparison.Ordinal);
        foreach (var real in new[] { "box64-wine", "fex-wine", "rosetta-wine" })
        {
            Assert.Equal(stack, claims[real]?.Subject);
            Assert.Null(claims[real]!.Proxy);
        }

        Assert.Equal("Windows office software through a binary translator", claims["windows-on-arm-prism"]?.Subject);
        Assert.Null(claims["windows-on-arm-prism"]!.Proxy);
        // Wine alone translates nothing; Linux software under a translator is not the claim's Windows software.
        Assert.Equal(["box64-wine", "fex-wine", "rosetta-wine", "windows-on-arm-prism", "wine-qemu-x86_64"],
            claims.Where(c => c.Value is not null).Select(c => c.Key).Order(StringComparer.Ordinal));
        // A candidate build of the stack answers nothing of its own: the claim is said once, for its reference.
        var stackPlatform = all.Single(p => p.Name == "wine-qemu-x86_64");
        Assert.Null(ClaimReading.Of(stackPlatform with { Name = "wine-qemu-x86_64-candidate", Reference = "wine-qemu-x86_64" }, all.Single(p => p.Name == "native-jit")));
        // The stand-in names templates that exist.
        Assert.All(["box64-wine", "fex-wine", "windows-on-arm-prism", "rosetta-wine"], t => Assert.Contains(t, claims["wine-qemu-x86_64"]!.Proxy, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_claims_headline_gives_the_office_day_against_native_software_and_the_translators_share_against_wine()
    {
        // Native 10 ms, Wine 12 ms, Wine under the translator 60 ms on every workload: 6× against native, 5× against Wine.
        var native = TestData.Native("native-jit", "linux-x64-jit");
        var wine = new PlatformDefinition { Name = "wine", Target = ProbeTarget.Parse("win-x64-jit"), Baseline = "native-jit", Launcher = ["wine64"], ExpectArch = "X64", ExpectOs = "Windows" };
        var stack = wine with { Name = "wine-qemu-x86_64", Launcher = ["qemu-x86_64", "/usr/lib/wine/wine64"], AlsoComparedWith = ["wine"] };
        var (directory, _) = await RunnerTests.RunAsync(TestData.Suite(launches: 3), [native, wine, stack], (spec, _) =>
        {
            var scale = spec.Argv[0] switch { "qemu-x86_64" => 6.0, "wine64" => 1.2, _ => 1.0 };
            var os = FakeLauncher.Target(spec).StartsWith("win", StringComparison.Ordinal) ? "Windows" : "Linux";
            return (FakeLauncher.ProbeLines("X64", os, "abc", new long[] { 10_000_000, 10_200_000, 9_800_000, 10_100_000, 9_900_000 }.Select(ns => (long)(ns * scale)).ToArray()), FakeLauncher.Exit(0));
        });
        var result = ResultBuilder.Build(JournalFile.Read(directory), ProgressTableLoader.Load(ProgressTableLoader.Default, ProjectLayout.Discover()));

        var claim = Assert.Single(ReportTables.Claims(result));
        Assert.StartsWith("Windows office software through Wine and a binary translator takes 6.00× [", claim.Sentence, StringComparison.Ordinal);
        Assert.Contains("as long as natively", claim.Sentence, StringComparison.Ordinal);
        Assert.Contains("years of single-thread progress lost", claim.Sentence, StringComparison.Ordinal);
        Assert.Contains("(wine-qemu-x86_64 against native-jit: an office day over 2 of 2 workloads, none failed; against wine alone, 5.00× [", claim.Sentence, StringComparison.Ordinal);
        Assert.Contains("stand-in", claim.Proxy, StringComparison.Ordinal);
        var md = System.Text.Encoding.UTF8.GetString(new MarkdownReport().Export(result).Single().Content);
        Assert.True(md.IndexOf("## The claim", StringComparison.Ordinal) < md.IndexOf("## wine-qemu", StringComparison.Ordinal), "the claim comes before the platforms' headlines");
    }
}
