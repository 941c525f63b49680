using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Host-instruction profiles (valgrind's cachegrind) and their dissection. The fixture is a real profile: Debian's
/// qemu-aarch64 7.2.22 running the probe's hello under <c>valgrind --tool=cachegrind --cache-sim=no
/// --smc-check=all-non-file</c>; its expected counts are cg_annotate's (valgrind 3.19) for the same file.
/// </summary>
public sealed class DissectionTests
{
    private static HostInstructionProfile Fixture() =>
        HostInstructionProfile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cachegrind-qemu-aarch64-7.2.22-hello.out")), "fixture");

    /// <summary>
    /// A callgrind dump of one warm invocation of text-find-replace under qemu-aarch64 7.2.22, as <c>run --measure
    /// instructions</c> keeps it. Expected: the dump's own "totals:" line; callgrind_annotate --inclusive=no (valgrind
    /// 3.19) for its functions; for the code in no object, an awk sum of the self-cost lines under "ob=???".
    /// </summary>
    [Fact]
    public void A_callgrind_dump_counts_self_cost_and_puts_code_in_no_object_apart()
    {
        var profile = HostInstructionProfile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "callgrind-qemu-aarch64-7.2.22-text-find-replace-warm.out")), "fixture");

        Assert.Equal(42_524_795, profile.Total);
        Assert.Equal(21_385_403, profile.Functions.Single(f => f.File == "???" && f.Function == "???").Instructions);
        Assert.Equal(19_669_748, profile.Functions.Single(f => f.Function == "0x00000000001490a0").Instructions);
        Assert.Equal(270_512, profile.Functions.Single(f => f.Function == "cpu_get_tb_cpu_state").Instructions);
        var dissected = Dissection.Of(profile);
        Assert.True(dissected.HasSymbols);
        Assert.Equal(21_385_403, dissected.Parts.Single(p => p.Part == HostPart.TranslatedCode).Instructions);
    }

    [Fact]
    public void A_profile_counts_each_function_as_cg_annotate_does()
    {
        var profile = Fixture();

        Assert.Equal(4_983_442_536, profile.Total);
        Assert.Equal(("???", "page_find_alloc", 2_868_946_678L), (profile.Functions[0].File, profile.Functions[0].Function, profile.Functions[0].Instructions));
        Assert.Equal(928_355_414, profile.Functions.Single(f => f.File == "???" && f.Function == "???").Instructions);
        Assert.Equal(98_606_858, profile.Functions.Single(f => f.Function == "tcg_gen_code").Instructions);
        Assert.Equal(38_451_048, profile.Functions.Single(f => f.File == "./malloc/./malloc/malloc.c" && f.Function == "free").Instructions);
        Assert.StartsWith("qemu-aarch64 -L /usr/aarch64-linux-gnu", profile.Command, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dissection_of_qemu_with_symbols_puts_only_code_without_a_name_in_translated_code()
    {
        var result = Dissection.Of(Fixture());

        Assert.True(result.HasSymbols);
        Assert.Equal(928_355_414, result.Parts.Single(p => p.Part == HostPart.TranslatedCode).Instructions);
        Assert.Equal(result.Total, result.Parts.Sum(p => p.Instructions));
        // page_find_alloc, page_check_range, page_set_flags and page_reset_target_data alone are 3,408,717,771 (cg_annotate).
        Assert.InRange(result.Parts.Single(p => p.Part == HostPart.MemoryMap).Instructions, 3_408_717_771, 3_408_717_771 + 5_000_000);
        Assert.Equal(HostPart.MemoryMap, result.Parts[0].Part);
    }

    [Theory]
    [InlineData("???", "helper_addsd", HostPart.Helpers)]
    [InlineData("???", "tcg_optimize", HostPart.CodeGeneration)]
    [InlineData("???", "tb_gen_code", HostPart.CodeGeneration)]
    [InlineData("???", "aarch64_tr_translate_insn", HostPart.CodeGeneration)]
    [InlineData("???", "disas_a64_insn", HostPart.CodeGeneration)]
    [InlineData("???", "page_set_flags", HostPart.MemoryMap)]
    [InlineData("???", "target_mmap", HostPart.MemoryMap)]
    [InlineData("???", "g_hash_table_lookup", HostPart.Libraries)]
    [InlineData("./malloc/./malloc/malloc.c", "free", HostPart.Libraries)]
    [InlineData("./string/../sysdeps/x86_64/multiarch/memset-vec-unaligned-erms.S", "__memset_avx2_unaligned_erms", HostPart.Libraries)]
    [InlineData("???", "cpu_exec", HostPart.Rest)]
    [InlineData("???", "0x00000000001490a0", HostPart.UnnamedEmulatorCode)]
    [InlineData("???", "???", HostPart.TranslatedCode)]
    public void Each_function_goes_to_the_part_its_name_says(string file, string function, HostPart part)
    {
        Assert.Equal(part, Dissection.PartOf(new FunctionInstructions(file, function, 1), hasSymbols: true));
    }

    [Fact]
    public void Without_the_emulators_symbols_its_code_and_its_translated_code_are_one_part()
    {
        const string stripped = "events: Ir\nfl=???\nfn=???\n0 900\nfl=./malloc/./malloc/malloc.c\nfn=free\n10 60\n11 40\nfl=???\nfn=g_free\n0 0\nsummary: 1000\n";

        var result = Dissection.Of(HostInstructionProfile.Parse(stripped, "stripped"));

        Assert.False(result.HasSymbols);
        Assert.Equal([(HostPart.EmulatorWithoutSymbols, 900L), (HostPart.Libraries, 100L)], result.Parts.Select(p => (p.Part, p.Instructions)));
        Assert.Equal(0.9, result.Parts[0].Fraction, 12);
    }

    [Theory]
    [InlineData("desc: I1 cache\ncmd: x\n", "no \"events: Ir\" line")]
    [InlineData("events: Ir\nfl=???\nfn=???\n0 900\nsummary: 901\n", "its functions count 900 instructions and its summary 901")]
    [InlineData("# callgrind format\nevents: Ir\nsummary: 5\nfl=(1) main.c\nfn=(1) main\n0 5\n", "compressed names")]
    public void A_file_that_is_not_a_whole_profile_is_bad_input(string text, string says)
    {
        var error = Assert.Throws<BadInputException>(() => HostInstructionProfile.Parse(text, "p.out"));

        Assert.Equal(BadInputKind.UnreadableRun, error.Kind);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Valgrind names the code before main "(below main)": a name written out, not a compressed one (app-start's dumps have it).</summary>
    [Fact]
    public void A_function_named_below_main_is_a_name_not_a_compressed_one()
    {
        var profile = HostInstructionProfile.Parse("# callgrind format\nevents: Ir\nsummary: 15\nob=/lib/libc.so.6\nfl=???\nfn=(below main)\n0 10\nob=/bin/probe\nfl=main.c\nfn=main\n0 5\n", "start.callgrind.1");

        Assert.Equal(15, profile.Total);
        Assert.Contains(profile.Functions, f => f.Function == "(below main)" && f.Instructions == 10);
    }

    [Fact]
    public void The_dissect_verb_prints_the_parts_and_the_top_functions()
    {
        var (exit, stdout, stderr) = CliProcess.Run("dissect", Path.Combine(AppContext.BaseDirectory, "Fixtures", "cachegrind-qemu-aarch64-7.2.22-hello.out"), "--top", "3");

        Assert.True(exit == 0, stderr);
        Assert.Contains("4,983,442,536 host instructions", stdout, StringComparison.Ordinal);
        Assert.Matches(@"translated code\s+928,355,414\s+18\.6%", stdout);
        Assert.Contains("2,868,946,678 57.57%  ???:page_find_alloc  (memory map)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("tcg_gen_code", stdout, StringComparison.Ordinal);
    }
}
