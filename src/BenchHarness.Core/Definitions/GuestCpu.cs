using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>
/// A guest CPU model: the instruction-set extensions an x86-64 translator advertises to the software it runs. Under
/// QEMU's x86-64 translator they decide which code paths .NET takes (with QEMU's default model, <c>max</c>, it sees
/// AVX2 and takes vector paths that QEMU translates slowly), so a shipped x86-64 translation platform names its model
/// (<c>"guestCpu"</c> in a platform file) rather than take QEMU's default. The models are defined here, once; the
/// loader gives QEMU <c>-cpu <see cref="QemuCpu"/></c> after the emulator's name.
/// </summary>
/// <param name="Name">The name a platform file gives, after the x86-64 microarchitecture levels (psABI) where one fits.</param>
/// <param name="QemuCpu">QEMU's <c>-cpu</c> argument: a base model and features; none that QEMU 7.2's or 10.0's translator warns it lacks.</param>
/// <param name="Meaning">What the guest sees, and which real translators offer the same.</param>
public sealed record GuestCpu(string Name, string QemuCpu, string Meaning)
{
    /// <summary>x86-64-v2: SSE3 to SSE4.2, POPCNT, CMPXCHG16B.</summary>
    private const string V2 = "qemu64,+ssse3,+sse4.1,+sse4.2,+popcnt,+cx16";

    public static readonly IReadOnlyList<GuestCpu> All =
    [
        new("x86-64-v3", V2 + ",+xsave,+avx,+avx2,+fma,+bmi1,+bmi2,+f16c,+movbe,+abm,+aes,+pclmulqdq",
            "AVX, AVX2, FMA, BMI1/2, F16C, MOVBE, LZCNT (x86-64-v3) with AES-NI and CLMUL, no AVX-512: what today's x86-on-Arm translators advertise — "
            + "Prism since Windows 11's update of October 2025, Rosetta 2 since macOS 15, box64, FEX-Emu (docs/platforms.md)"),
        new("x86-64-v2", V2,
            "SSE4.2 and POPCNT, no AVX (x86-64-v2): what Rosetta 2 before macOS 15 and Prism before October 2025 advertised"),
        new("x86-64", "qemu64", "SSE2 only (the x86-64 baseline, QEMU's qemu64)"),
        new("max", "max", "every extension QEMU's translator implements (QEMU's default model): AVX2 and more, changing with the QEMU version"),
    ];

    /// <summary>The model named <paramref name="name"/>, or a bad input naming the known ones.</summary>
    public static GuestCpu Named(string name, string path) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new BadInputException(BadInputKind.BadDefinition, path,
            $"platform '{path}': \"guestCpu\" is '{name}', not a known guest CPU model (known: {string.Join(", ", All.Select(m => m.Name))}).");

    /// <summary>
    /// The platform with QEMU's <c>-cpu</c> option after its emulator's name, for the model it names; unchanged when it
    /// names none. Only QEMU's launchers take it, and a launcher that already gives <c>-cpu</c> cannot name a model too.
    /// </summary>
    public static PlatformDefinition Apply(PlatformDefinition platform, string path)
    {
        if (platform.GuestCpu is not { } name)
        {
            return platform;
        }

        var model = Named(name, path);
        if (platform.Launcher.Count == 0 || !Path.GetFileName(platform.Launcher[0]).StartsWith("qemu-", StringComparison.Ordinal))
        {
            throw new BadInputException(BadInputKind.BadDefinition, path,
                $"platform '{path}': \"guestCpu\" is given to QEMU as -cpu, and its launcher is not QEMU's; set the emulator's own option in \"launcher\" or \"env\" instead.");
        }

        if (platform.Launcher.Contains("-cpu"))
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"platform '{path}': its launcher gives -cpu and \"guestCpu\" names a model too; keep one.");
        }

        return platform with { Launcher = [platform.Launcher[0], "-cpu", model.QemuCpu, .. platform.Launcher.Skip(1)] };
    }
}
