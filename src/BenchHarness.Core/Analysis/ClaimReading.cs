using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Analysis;

/// <summary>
/// Which platforms answer the claim the project exists to test — Windows office software run through Wine (or
/// Windows' own emulator) and a binary translator takes longer than natively — read from the journaled definition,
/// as <see cref="BuildDifference"/> reads what differs besides the emulator. A platform answers it when it runs the
/// Windows probe through a binary translator: its launcher starts with one (QEMU, box64, FEX-Emu, LATX), or the probe's
/// architecture is not the host's (Prism, Rosetta 2). Wine is in the stack when the host is not Windows. A translator
/// of the host's own architecture (QEMU's x86-64 translator on an x86-64 host) stands in for the claim's machine, and
/// the claim says what that leaves out.
/// </summary>
public static class ClaimReading
{
    /// <summary>How launchers that are binary translators begin (file names).</summary>
    private static readonly string[] Translators = ["qemu-", "box64", "FEX", "latx"];

    public static PlatformClaim? Of(PlatformDefinition platform, PlatformDefinition? baseline)
    {
        var (os, arch, _) = platform.Target;
        var (hostOs, hostArch) = (platform.Host.Split('-')[0], platform.Host.Split('-')[^1]);
        var launcher = platform.Launcher.Count > 0 ? Path.GetFileName(platform.Launcher[0]) : null;
        var throughTranslator = arch != hostArch || (launcher is not null && Translators.Any(t => launcher.StartsWith(t, StringComparison.Ordinal)));
        // A candidate build answers what its reference answers; the report says the claim once, for the reference.
        if (baseline is null || baseline.Launcher.Count > 0 || platform.Reference is not null || os != "win" || !throughTranslator)
        {
            return null;
        }

        var wine = hostOs != "win";
        return new PlatformClaim
        {
            Subject = $"Windows office software through {(wine ? "Wine and " : "")}a binary translator",
            Proxy = arch != hostArch ? null
                : $"This is a stand-in: {launcher} translates {BuildDifference.ArchName(arch)} code on a host of the same architecture, where the claim is about an Arm or LoongArch machine running box64, FEX-Emu, LATX, Prism or Rosetta 2. "
                  + "It leaves out what those translators do otherwise (they translate into another instruction set, and box64 and Prism call native libraries for part of the work), "
                  + "and its native figure is this machine's, not that of the machine a user would run. "
                  + "On such a machine the templates box64-wine, fex-wine, windows-on-arm-prism and rosetta-wine (benchmarks/platforms/templates/; docs/platforms.md) measure the claim itself.",
        };
    }
}
