using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>Probe targets are parsed once, from their names, and written back as the same names.</summary>
public sealed class ProbeTargetTests
{
    [Theory]
    [InlineData("linux-arm64-aot", "linux", "arm64", ProbeCode.Aot, "linux-arm64")]
    [InlineData("win-x64-jit", "win", "x64", ProbeCode.Jit, "win-x64")]
    [InlineData("linux-musl-x64-aot", "linux-musl", "x64", ProbeCode.Aot, "linux-musl-x64")]
    public void A_target_is_its_operating_system_architecture_and_code(string name, string os, string architecture, ProbeCode code, string runtime)
    {
        var target = ProbeTarget.Parse(name);

        Assert.Equal(new ProbeTarget(os, architecture, code), target);
        Assert.Equal(runtime, target.Runtime);
        Assert.Equal(name, target.Name);
    }

    [Theory]
    [InlineData("linux-x64")]
    [InlineData("linux-x64-native")]
    [InlineData("x64-aot")]
    [InlineData("Linux-X64-AOT")]
    [InlineData("")]
    public void A_name_that_is_not_os_arch_code_is_refused_saying_how_to_write_one(string name)
    {
        Assert.Null(ProbeTarget.TryParse(name));
        Assert.Equal($"'{name}' is not a probe target: write one as OS-ARCH-CODE, e.g. linux-arm64-aot or win-x64-jit (CODE is aot or jit)",
            Assert.Throws<FormatException>(() => ProbeTarget.Parse(name)).Message);
    }

    [Fact]
    public void A_platform_is_stored_with_its_target_as_the_same_text()
    {
        var platform = TestData.Emulated();

        var json = JsonSerializer.Serialize(platform, StoredJson.Compact);

        Assert.Contains("\"target\":\"linux-arm64-aot\"", json, StringComparison.Ordinal);
        Assert.Equal(platform.Target, JsonSerializer.Deserialize<PlatformDefinition>(json, StoredJson.Compact)!.Target);
    }

    [Fact]
    public void A_platform_file_with_a_bad_target_names_the_file_and_the_target()
    {
        var path = Path.Combine(TestData.TempDirectory(), "mine.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "name": "mine", "target": "linux-arm64" }""");

        var error = Assert.Throws<BadInputException>(() => PlatformLoader.LoadFile(path));

        Assert.Contains($"platform '{path}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'linux-arm64' is not a probe target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_target_runs_the_exe()
    {
        var layout = new ProjectLayout("/repo");

        Assert.Equal("/repo/build/probes/win-x64-jit/BenchHarness.Probe.exe", layout.ProbePath(ProbeTarget.Parse("win-x64-jit")));
        Assert.Equal("/repo/build/probes/linux-arm64-aot/BenchHarness.Probe", layout.ProbePath("linux-arm64-aot"));
    }
}
