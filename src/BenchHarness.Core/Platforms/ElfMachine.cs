namespace BenchHarness.Core.Platforms;

/// <summary>
/// The machine an ELF executable is built for, read from its header (<c>e_machine</c>, System V ABI gABI, "ELF Header"),
/// in the words the probe's hello uses (<c>X64</c>, <c>Arm64</c>). A command cannot report what executed it, as the
/// probe does: its program's header is the next best check that a platform runs the code it says.
/// </summary>
public static class ElfMachine
{
    /// <summary>The architecture, or null when the file is missing, not ELF, or of a machine not named here.</summary>
    public static string? Of(string path)
    {
        try
        {
            Span<byte> header = stackalloc byte[20];
            using var file = File.OpenRead(path);
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header[..4].SequenceEqual("\u007FELF"u8))
            {
                return null;
            }

            // e_machine is at offset 18, in the byte order EI_DATA (offset 5) gives: 1 little-endian, 2 big-endian.
            var machine = header[5] == 2 ? (header[18] << 8) | header[19] : header[18] | (header[19] << 8);
            return machine switch
            {
                0x03 => "X86",
                0x3E => "X64",
                0x28 => "Arm",
                0xB7 => "Arm64",
                0x102 => "LoongArch64",
                0xF3 => "RiscV64",
                _ => null,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
