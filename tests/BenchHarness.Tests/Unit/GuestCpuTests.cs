using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// A platform file's <c>"guestCpu"</c> (the x86-64 features a translator advertises, given to QEMU as <c>-cpu</c>) and
/// <c>"alsoComparedWith"</c> (a stack also compared with its lower layer).
/// </summary>
public sealed class GuestCpuTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(TestData.TempDirectory(), "platform.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void A_named_model_becomes_qemus_cpu_option_after_the_emulators_name()
    {
        var platform = PlatformLoader.LoadFile(Write(
            """{"name":"mine","launcher":["qemu-x86_64","/usr/lib/wine/wine64"],"guestCpu":"x86-64-v2","target":"win-x64-jit","baseline":"native-jit"}"""));

        Assert.Equal(["qemu-x86_64", "-cpu", "qemu64,+ssse3,+sse4.1,+sse4.2,+popcnt,+cx16", "/usr/lib/wine/wine64"], platform.Launcher);
        Assert.Equal("x86-64-v2", platform.GuestCpu);
    }

    [Fact]
    public void The_shipped_x86_64_translation_platforms_name_x86_64_v3_with_avx2_and_no_avx512()
    {
        var shipped = PlatformLoader.Shipped(ProjectLayout.Discover(), includeTemplates: false)
            .Where(p => p.Launcher.Count > 0 && Path.GetFileName(p.Launcher[0]) == "qemu-x86_64" && !p.OptIn).ToList();

        Assert.Equal(["qemu-x86_64", "qemu-x86_64-jit", "wine-qemu-x86_64"], shipped.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(shipped, p =>
        {
            Assert.Equal("x86-64-v3", p.GuestCpu);
            var cpu = p.Launcher[p.Launcher.ToList().IndexOf("-cpu") + 1];
            Assert.Contains("+avx2", cpu.Split(','));
            Assert.DoesNotContain(cpu.Split(','), f => f.StartsWith("+avx512", StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("""{"name":"mine","launcher":["qemu-x86_64"],"guestCpu":"skylake","target":"linux-x64-aot","baseline":"native-aot"}""", "known: x86-64-v3, x86-64-v2, x86-64, max")]
    [InlineData("""{"name":"mine","launcher":["valgrind"],"guestCpu":"x86-64-v3","target":"linux-x64-aot","baseline":"native-aot"}""", "launcher is not QEMU's")]
    [InlineData("""{"name":"mine","launcher":["qemu-x86_64","-cpu","max"],"guestCpu":"x86-64-v3","target":"linux-x64-aot","baseline":"native-aot"}""", "keep one")]
    public void A_model_that_cannot_be_given_is_bad_input_saying_why(string json, string why)
    {
        var error = Assert.Throws<BadInputException>(() => PlatformLoader.LoadFile(Write(json)));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stack_is_compared_with_its_baseline_and_with_its_lower_layer_and_only_the_baseline_reads_as_years()
    {
        // Native 10 ms, both Arm64 platforms 30 ms (RunnerTests.Healthy): the stack 3× native and 1× its lower layer.
        var lower = TestData.Emulated();
        var stack = TestData.Emulated("qemu-aarch64-stack") with { AlsoComparedWith = ["qemu-aarch64"] };
        var (directory, _) = await RunnerTests.RunAsync(TestData.Suite(launches: 3), [TestData.Native(), lower, stack], RunnerTests.Healthy);
        var result = ResultBuilder.Build(JournalFile.Read(directory), ProgressTableLoader.Load(ProgressTableLoader.Default, ProjectLayout.Discover()));

        var againstNative = result.Index.Single(i => i.Platform == "qemu-aarch64-stack" && i.Baseline == "native-aot");
        var againstLower = result.Index.Single(i => i.Platform == "qemu-aarch64-stack" && i.Baseline == "qemu-aarch64");
        Assert.InRange(againstNative.Value, 2.9, 3.1);
        Assert.InRange(againstLower.Value, 0.95, 1.05);
        Assert.NotNull(againstNative.YearsLost);
        Assert.Null(againstLower.YearsLost);
        Assert.Equal(2, result.Comparisons.Count(c => c.Platform == "qemu-aarch64-stack" && c.Baseline == "qemu-aarch64"));
    }
}
