using BenchHarness.Core.Model;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// What a platform runs that its baseline does not, besides the emulator, read from the two probe targets
/// (<see cref="ProbeTarget"/>, e.g. <c>win-x64-jit</c> against <c>linux-x64-jit</c>). A ratio measures all of it, so the
/// report says so beside the platform.
/// </summary>
public static class BuildDifference
{
    private static readonly Dictionary<string, string> OsNames = new(StringComparer.Ordinal) { ["linux"] = "Linux", ["win"] = "Windows", ["osx"] = "macOS" };

    private static readonly Dictionary<string, string> ArchNames = new(StringComparer.Ordinal) { ["x64"] = "x86-64", ["arm64"] = "Arm64", ["x86"] = "x86", ["loongarch64"] = "LoongArch64" };

    public static IReadOnlyList<string> Between(ProbeTarget target, ProbeTarget baselineTarget)
    {
        var (os, arch, code) = target;
        var (baseOs, baseArch, baseCode) = baselineTarget;
        var differences = new List<string>();
        if (os != baseOs)
        {
            differences.Add($"It runs the {Name(OsNames, os)} build of the .NET runtime, SkiaSharp and the probe, its baseline the {Name(OsNames, baseOs)} build: "
                + "the ratio includes those libraries and the operating system's interfaces they call, not only the compatibility layer.");
        }

        if (arch != baseArch)
        {
            differences.Add($"It runs machine code compiled for {Name(ArchNames, arch)}, its baseline for {Name(ArchNames, baseArch)}: "
                + "the translator runs other instructions than the baseline executes, as an application built for that architecture would.");
        }

        if (code != baseCode)
        {
            differences.Add($"It runs {Code(code)} code, its baseline {Code(baseCode)} code: the ratio includes the difference between the two.");
        }

        return differences;
    }

    /// <summary>An architecture as people write it: x86-64, Arm64, LoongArch64.</summary>
    public static string ArchName(string arch) => Name(ArchNames, arch);

    private static string Name(Dictionary<string, string> names, string key) => names.GetValueOrDefault(key, key);

    private static string Code(ProbeCode code) => code == ProbeCode.Aot ? "ahead-of-time compiled (NativeAOT)" : "JIT-compiled";
}
