using System.Text.RegularExpressions;

namespace BenchHarness.Core.Analysis;

/// <summary>Where an emulator process spends its host instructions (<see cref="Dissection"/>).</summary>
public enum HostPart
{
    /// <summary>Code the emulator generated and ran: cachegrind's <c>???:???</c>, where the emulator's own functions have symbols.</summary>
    TranslatedCode,

    /// <summary>Translating: QEMU's TCG front and back ends (<c>tcg_*</c>, <c>tb_gen_code</c>, <c>translator_*</c>, <c>gen_*</c>, <c>disas_*</c>, <c>*_tr_*</c>).</summary>
    CodeGeneration,

    /// <summary>Helpers the translated code calls (<c>helper_*</c>): floating point, vector and other instructions emulated in C.</summary>
    Helpers,

    /// <summary>The guest's memory map and its page flags (<c>page_*</c>, <c>mmap_*</c>, <c>target_mmap</c>, <c>target_munmap</c>, <c>target_mprotect</c>).</summary>
    MemoryMap,

    /// <summary>The C library, the loader and GLib, by their source files (<c>./malloc/…</c>) or names (<c>g_*</c>, <c>__*</c>, <c>mem*</c>, <c>str*</c>).</summary>
    Libraries,

    /// <summary>The rest of the emulator: its main loop, system-call emulation, signal handling, and what no rule names.</summary>
    Rest,

    /// <summary>Without the emulator's symbols: its own code and what it translated, which cachegrind cannot tell apart.</summary>
    EmulatorWithoutSymbols,

    /// <summary>
    /// The emulator's functions without a name, which callgrind names by address (<c>0x…</c>): a stripped binary keeps
    /// only its exported symbols (Debian's QEMU 7.2: about 4,400 in .dynsym), so its static functions have none.
    /// Cachegrind counts them as <c>???:???</c>, among the translated code.
    /// </summary>
    UnnamedEmulatorCode,
}

/// <summary>
/// A host-instruction profile of an emulator split into parts, after QEMU's TCG Continuous Benchmarking project (Ahmed
/// Karaman and Aleksandar Markovic, 2020: report 2, "Dissecting QEMU Into Three Main Parts", and QEMU's
/// scripts/performance/dissect.py), which split QEMU's instructions under callgrind into code generation, JIT-ed code
/// and helpers by the call graph. Cachegrind has no call graph: here each function's own (exclusive) instructions go to
/// the part its name says, by rules in one place (<see cref="Rules"/>), with the memory map and the libraries as parts
/// of their own. A binary without symbols (Debian's static QEMU 10.0) leaves its own code and its translated code as
/// one part, and <see cref="Result.HasSymbols"/> says so.
/// </summary>
public static partial class Dissection
{
    /// <summary>A part's instructions and its share of the process's.</summary>
    public sealed record Share(HostPart Part, long Instructions, double Fraction);

    /// <summary>The parts, largest first, and whether the emulator's functions had names.</summary>
    public sealed record Result(IReadOnlyList<Share> Parts, bool HasSymbols, long Total);

    /// <summary>The rules, first match wins, for a function of a file without source (<c>???</c>) and of a file with one.</summary>
    private static readonly (Regex Name, HostPart Part)[] Rules =
    [
        (HelperName(), HostPart.Helpers),
        (CodeGenerationName(), HostPart.CodeGeneration),
        (MemoryMapName(), HostPart.MemoryMap),
        (LibraryName(), HostPart.Libraries),
    ];

    /// <summary>A part as the reports write it.</summary>
    public static string Name(HostPart part) => part switch
    {
        HostPart.TranslatedCode => "translated code",
        HostPart.CodeGeneration => "code generation",
        HostPart.Helpers => "helpers",
        HostPart.MemoryMap => "memory map",
        HostPart.Libraries => "libraries (libc, GLib)",
        HostPart.Rest => "the rest of the emulator",
        HostPart.UnnamedEmulatorCode => "emulator functions without a name",
        _ => "emulator and translated code (no symbols)",
    };

    public static Result Of(HostInstructionProfile profile)
    {
        // The emulator has symbols when some function without a source file has a name (QEMU's own functions do).
        var hasSymbols = profile.Functions.Any(f => f.File == "???" && f.Function != "???" && !LibraryName().IsMatch(f.Function));
        var parts = profile.Functions.GroupBy(f => PartOf(f, hasSymbols))
            .Select(g => new Share(g.Key, g.Sum(f => f.Instructions), profile.Total == 0 ? 0 : g.Sum(f => f.Instructions) / (double)profile.Total))
            .OrderByDescending(s => s.Instructions).ToList();
        return new Result(parts, hasSymbols, profile.Total);
    }

    /// <summary>The part a function belongs to.</summary>
    public static HostPart PartOf(FunctionInstructions function, bool hasSymbols)
    {
        if (function.Function == "???")
        {
            return function.File != "???" ? HostPart.Libraries : hasSymbols ? HostPart.TranslatedCode : HostPart.EmulatorWithoutSymbols;
        }

        if (function.Function.StartsWith("0x", StringComparison.Ordinal))
        {
            return HostPart.UnnamedEmulatorCode;
        }

        if (function.File.StartsWith("./", StringComparison.Ordinal))
        {
            // Debian's C library and loader keep their source paths (./malloc/malloc.c, ./elf/dl-lookup.c).
            return HostPart.Libraries;
        }

        return Rules.FirstOrDefault(r => r.Name.IsMatch(function.Function)) is { Name: not null } rule ? rule.Part : HostPart.Rest;
    }

    [GeneratedRegex(@"^helper_")]
    private static partial Regex HelperName();

    [GeneratedRegex(@"^(tcg_|tb_gen_code|translator_|gen_|disas_|liveness_pass|la_|reachable_code_pass|[a-z0-9]+_tr_)")]
    private static partial Regex CodeGenerationName();

    [GeneratedRegex(@"^(page_|mmap_|target_mmap|target_munmap|target_mprotect|pageflags_|interval_tree_)")]
    private static partial Regex MemoryMapName();

    [GeneratedRegex(@"^(g_|__|mem|str|malloc|free|calloc|realloc|_int_|_dl_|do_lookup|pthread_)")]
    private static partial Regex LibraryName();
}
