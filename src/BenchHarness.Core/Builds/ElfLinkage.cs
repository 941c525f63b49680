using System.Buffers.Binary;

namespace BenchHarness.Core.Builds;

/// <summary>
/// Whether an ELF executable is statically or dynamically linked: dynamically when it names a program interpreter
/// (a <c>PT_INTERP</c> program header, System V ABI gABI, "Program Header"), which then loads this machine's libraries.
/// </summary>
public static class ElfLinkage
{
    private const uint ProgramInterpreter = 3;

    /// <summary><c>static</c>, <c>dynamic</c>, or null when the file is not a 64-bit little-endian ELF file.</summary>
    public static string? Of(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            // e_ident: magic, EI_CLASS 2 (64-bit), EI_DATA 1 (little-endian); e_phoff at 0x20, e_phentsize at 0x36, e_phnum at 0x38.
            if (bytes.Length < 64 || !bytes.AsSpan(0, 4).SequenceEqual("\u007FELF"u8) || bytes[4] != 2 || bytes[5] != 1)
            {
                return null;
            }

            var offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(0x20));
            var size = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x36));
            var count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x38));
            for (var i = 0; i < count; i++)
            {
                var at = offset + (i * size);
                if (at + 4 > bytes.Length)
                {
                    return null;
                }

                if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)at)) == ProgramInterpreter)
                {
                    return "dynamic";
                }
            }

            return "static";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
