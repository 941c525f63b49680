using BenchHarness.Core.Analysis;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// What the guest's runtime sees of the CPU, for real: the built probes run natively, under <c>qemu-x86_64 -cpu
/// Nehalem</c> and <c>-cpu max</c>, and the arm64 probe under qemu-aarch64, through a whole run. Natively the runtime
/// claims nothing the host lacks; under Nehalem (no AVX in that model) it must not see AVX, whatever the host has;
/// under max it sees what QEMU's translator offers. The NativeAOT probe checks SSE4.1 to PCLMULQDQ at run time and is
/// compiled without AVX (NativeAOT's default instruction sets), so only the JIT probe shows AVX2 coming and going.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GuestViewTests
{
    /// <summary>The probe's names and the Linux /proc/cpuinfo flag of each (AVX10.1 has none in this kernel's list).</summary>
    private static readonly Dictionary<string, string> LinuxFlag = new()
    {
        ["sse4.1"] = "sse4_1", ["sse4.2"] = "sse4_2", ["popcnt"] = "popcnt", ["aes"] = "aes", ["pclmulqdq"] = "pclmulqdq",
        ["avx"] = "avx", ["avx2"] = "avx2", ["fma"] = "fma", ["bmi1"] = "bmi1", ["bmi2"] = "bmi2", ["lzcnt"] = "abm",
        ["avx-vnni"] = "avx_vnni", ["avx512f"] = "avx512f", ["avx512bw"] = "avx512bw",
    };

    /// <summary>What the NativeAOT build checks at run time (the rest of the x86 list is compiled in or out).</summary>
    private static readonly string[] CheckedByAot = ["sse4.1", "sse4.2", "popcnt", "aes", "pclmulqdq"];

    [Fact]
    public async Task The_guest_runtime_sees_what_the_cpu_model_offers()
    {
        var layout = ProjectLayout.Discover();
        var shipped = PlatformLoader.Select(["native-aot", "native-jit", "qemu-x86_64", "qemu-x86_64-jit", "qemu-aarch64"], layout).ToDictionary(p => p.Name);
        PlatformDefinition Qemu(string name, string cpu) => shipped[name] with { Name = $"{name}-{cpu.ToLowerInvariant()}", Launcher = ["qemu-x86_64", "-cpu", cpu] };
        var platforms = new[]
        {
            shipped["native-aot"], shipped["native-jit"], Qemu("qemu-x86_64", "Nehalem"), Qemu("qemu-x86_64", "max"),
            Qemu("qemu-x86_64-jit", "Nehalem"), Qemu("qemu-x86_64-jit", "max"), shipped["qemu-aarch64"],
            shipped["qemu-x86_64"], shipped["qemu-x86_64-jit"],
        };
        var checker = new PlatformChecker(layout);
        RealRun.AssertAvailable(checker, platforms);
        var suite = TestData.Suite(workloads: "text-wordcount-sort") with { Iterations = 1, Warmup = 0, TimeoutSeconds = 300 };
        var (directory, progress) = await RealRun.MeasureAsync(layout, checker, suite, platforms);

        var result = ResultBuilder.Build(JournalFile.Read(directory));
        IReadOnlyList<string> Sees(string platform)
        {
            var described = result.Platforms.Single(p => p.Name == platform);
            Assert.True(described.GuestIsa is not null, $"{platform} reported no instruction sets\n{string.Join('\n', progress)}");
            Assert.Null(described.GuestIsaNote);
            return described.GuestIsa!;
        }

        var host = File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith("flags", StringComparison.Ordinal)).Split(':')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var hostOffers = LinuxFlag.Where(f => host.Contains(f.Value)).Select(f => f.Key).ToList();

        // Natively: the JIT sees exactly what the host offers; the NativeAOT build sees what it checks for and the host has.
        Assert.Equal(hostOffers, Sees("native-jit").Where(LinuxFlag.ContainsKey));
        Assert.Equal(CheckedByAot.Intersect(hostOffers), Sees("native-aot").Where(LinuxFlag.ContainsKey));

        // Nehalem has SSE4.2 and POPCNT, and neither AES-NI nor AVX: the runtime must not see them, whatever the host has.
        foreach (var platform in new[] { "qemu-x86_64-nehalem", "qemu-x86_64-jit-nehalem" })
        {
            Assert.Equal(["sse4.1", "sse4.2", "popcnt"], Sees(platform).Where(LinuxFlag.ContainsKey));
            Assert.DoesNotContain("vector256", Sees(platform));
        }

        // max: everything QEMU's translator implements (7.2 and later: up to AVX2, FMA and BMI2; no AVX-512).
        Assert.Equal(CheckedByAot, Sees("qemu-x86_64-max").Where(LinuxFlag.ContainsKey));
        Assert.Equal(["sse4.1", "sse4.2", "popcnt", "aes", "pclmulqdq", "avx", "avx2", "fma", "bmi1", "bmi2", "lzcnt"], Sees("qemu-x86_64-jit-max").Where(LinuxFlag.ContainsKey));
        Assert.Contains("vector256", Sees("qemu-x86_64-jit-max"));

        // The shipped platforms, pinned to x86-64-v3 (docs/platforms.md: SSE4.2, POPCNT, AES-NI, CLMUL, AVX, AVX2, FMA,
        // BMI1/2, LZCNT; no AVX-512): exactly those, on a host with AVX-512 as on one without AVX2.
        Assert.Equal(CheckedByAot, Sees("qemu-x86_64").Where(LinuxFlag.ContainsKey));
        Assert.Equal(["sse4.1", "sse4.2", "popcnt", "aes", "pclmulqdq", "avx", "avx2", "fma", "bmi1", "bmi2", "lzcnt"], Sees("qemu-x86_64-jit").Where(LinuxFlag.ContainsKey));
        Assert.Contains("vector256", Sees("qemu-x86_64-jit"));
        Assert.DoesNotContain("vector512", Sees("qemu-x86_64-jit"));

        Assert.Contains("advsimd", Sees("qemu-aarch64"));
        Assert.Contains("vector128", Sees("qemu-aarch64"));
        Assert.DoesNotContain("avx2", Sees("qemu-aarch64"));
    }
}
