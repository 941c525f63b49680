using System.IO.Compression;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>
/// Checks a document a user supplies (for the real-application workloads) before anything opens it: its size and,
/// for a zip package (.docx, .xlsx, .pptx, .odt …), its entries, their uncompressed total and each large entry's
/// expansion, read from the zip's central directory without inflating anything. A zip bomb is refused as bad input.
/// </summary>
public static class DocumentGuard
{
    public sealed record Limits(long MaxFileBytes, int MaxEntries, long MaxUncompressedBytes, double MaxEntryRatio, long RatioCheckedFromBytes)
    {
        /// <summary>200 MB a file; as a package 10,000 entries, 1 GB uncompressed, 200-fold at most for an entry above 1 MB.</summary>
        public static readonly Limits Default = new(200L << 20, 10_000, 1L << 30, 200, 1L << 20);
    }

    /// <summary>Returns when the document may be opened; otherwise throws <see cref="BadInputException"/> naming the file and the limit.</summary>
    public static void Check(string path, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new BadInputException(BadInputKind.MissingFile, path, $"document '{path}' does not exist.");
        }

        if (file.Length > limits.MaxFileBytes)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"document '{path}' is {Megabytes(file.Length)}; documents are at most {Megabytes(limits.MaxFileBytes)}.");
        }

        if (!IsZip(path))
        {
            return;
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new BadInputException(BadInputKind.BadDefinition, path, $"document '{path}' holds {zip.Entries.Count} entries; a package may hold at most {limits.MaxEntries}.");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxUncompressedBytes)
                {
                    throw new BadInputException(BadInputKind.BadDefinition, path, $"document '{path}' expands to more than {Megabytes(limits.MaxUncompressedBytes)}: refused as a zip bomb.");
                }

                if (entry.Length >= limits.RatioCheckedFromBytes && entry.Length > limits.MaxEntryRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw new BadInputException(BadInputKind.BadDefinition, path, $"document '{path}': its entry '{entry.FullName}' expands {entry.Length / (double)Math.Max(1, entry.CompressedLength):0}-fold "
                        + $"({Megabytes(entry.CompressedLength)} to {Megabytes(entry.Length)}); at most {limits.MaxEntryRatio:0}-fold: refused as a zip bomb.");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"document '{path}' is a damaged zip package: {e.Message}");
        }
    }

    /// <summary>A zip package starts with a local file header, "PK\x03\x04".</summary>
    private static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("PK\u0003\u0004"u8);
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
