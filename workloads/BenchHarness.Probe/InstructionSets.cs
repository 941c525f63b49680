using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace BenchHarness.Probe;

/// <summary>
/// The instruction-set extensions the .NET runtime sees in this process, as the guest CPU model offers them (under
/// qemu-x86_64 its <c>-cpu</c> model decides whether the runtime takes AVX2 paths). The one list of names, in the
/// order they are reported: x86/x64 from SSE4.1 up, then Arm64, then the vector widths the runtime accelerates.
/// Each entry names its class directly (no reflection): NativeAOT turns the checks into constants or CPUID reads.
/// Arm's SVE is left out: in .NET 10 it is still an evaluation API (SYSLIB5003).
/// </summary>
internal static class InstructionSets
{
    private static readonly (string Name, bool Supported)[] All =
    [
        ("sse4.1", Sse41.IsSupported),
        ("sse4.2", Sse42.IsSupported),
        ("popcnt", Popcnt.IsSupported),
        ("aes", System.Runtime.Intrinsics.X86.Aes.IsSupported || System.Runtime.Intrinsics.Arm.Aes.IsSupported),
        ("pclmulqdq", Pclmulqdq.IsSupported),
        ("avx", Avx.IsSupported),
        ("avx2", Avx2.IsSupported),
        ("fma", Fma.IsSupported),
        ("bmi1", Bmi1.IsSupported),
        ("bmi2", Bmi2.IsSupported),
        ("lzcnt", Lzcnt.IsSupported),
        ("avx-vnni", AvxVnni.IsSupported),
        ("avx512f", Avx512F.IsSupported),
        ("avx512bw", Avx512BW.IsSupported),
        ("avx10.1", Avx10v1.IsSupported),
        ("advsimd", AdvSimd.IsSupported),
        ("crc32", Crc32.IsSupported),
        ("dp", Dp.IsSupported),
        ("rdm", Rdm.IsSupported),
        ("sha256", Sha256.IsSupported),
        ("vector128", Vector128.IsHardwareAccelerated),
        ("vector256", Vector256.IsHardwareAccelerated),
        ("vector512", Vector512.IsHardwareAccelerated),
    ];

    /// <summary>The names of the supported ones, in the list's order.</summary>
    public static IEnumerable<string> Supported() => All.Where(i => i.Supported).Select(i => i.Name);
}
