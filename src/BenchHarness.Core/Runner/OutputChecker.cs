using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Checks what one command invocation wrote (<see cref="OutputCheck"/>), outside the timing. A PDF's page count comes
/// from poppler's <c>pdfinfo</c> and its text from <c>pdftotext</c>, both run natively; a workbook's (.xlsx) text is
/// its cell values and shared strings in document order, read from the package; any other file's text is its bytes.
/// </summary>
public static partial class OutputChecker
{
    /// <summary>The checksum of a good output, or why it is not good.</summary>
    public sealed record Verdict(string? Checksum, string? Problem);

    public static Verdict Check(OutputCheck check, string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            return Bad($"it exited 0 but wrote no {Path.GetFileName(file)}");
        }

        if (check.Bytes is [var smallest, var largest] && (info.Length < smallest || info.Length > largest))
        {
            return Bad($"{Path.GetFileName(file)} is {info.Length:N0} bytes, outside [{smallest:N0}, {largest:N0}]");
        }

        var pdf = IsPdf(file);
        int? pages = null;
        if (check.Pages is [var fewest, var most])
        {
            if (!pdf)
            {
                return Bad($"{Path.GetFileName(file)} is not a PDF, so it has no page count to check");
            }

            pages = PdfPages(file);
            if (pages is null)
            {
                return Bad($"pdfinfo could not read {Path.GetFileName(file)} (install poppler-utils, or the PDF is damaged)");
            }

            if (pages < fewest || pages > most)
            {
                return Bad($"{Path.GetFileName(file)} has {pages} pages, outside [{fewest}, {most}]");
            }
        }

        if (!check.Text)
        {
            return new Verdict(pages is { } n ? $"pages={n}" : "exists", null);
        }

        var text = pdf ? PdfText(file) : IsZip(file) ? WorkbookText(file) : null;
        if (pdf && text is null)
        {
            return Bad($"pdftotext could not read {Path.GetFileName(file)} (install poppler-utils, or the PDF is damaged)");
        }

        var bytes = text is null ? File.ReadAllBytes(file) : Encoding.UTF8.GetBytes(text);
        return new Verdict(Convert.ToHexStringLower(SHA256.HashData(bytes))[..16], null);
    }

    private static Verdict Bad(string problem) => new(null, problem);

    public static int? PdfPages(string file) =>
        CommandOutput.Read(["pdfinfo", file], requireSuccess: true) is { } info && PagesLine().Match(info) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    private static string? PdfText(string file) => HostPlatform.FindProgram("pdftotext") is null ? null : CommandOutput.Read(["pdftotext", "-q", file, "-"], requireSuccess: true, standardOutputOnly: true);

    /// <summary>
    /// A workbook's shared strings, then every sheet's cell values (<c>v</c>) and inline strings (<c>t</c>) in document
    /// order, one per line: what a recalculation computed, without the package's dates and ids. Null when it is not a workbook.
    /// </summary>
    public static string? WorkbookText(string file)
    {
        try
        {
            using var zip = ZipFile.OpenRead(file);
            var parts = zip.Entries.Where(e => e.FullName == "xl/sharedStrings.xml" || (e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
                .OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal).ToList();
            if (parts.Count == 0)
            {
                return null;
            }

            var text = new StringBuilder();
            foreach (var part in parts)
            {
                text.Append("# ").Append(part.FullName).Append('\n');
                using var reader = XmlReader.Create(part.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                reader.Read();
                while (!reader.EOF)
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "v" or "t")
                    {
                        // Leaves the reader on the node after the element, which may be the next value.
                        text.Append(reader.ReadElementContentAsString()).Append('\n');
                    }
                    else
                    {
                        reader.Read();
                    }
                }
            }

            return text.ToString();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    private static bool IsPdf(string file) => StartsWith(file, "%PDF-"u8);

    private static bool IsZip(string file) => StartsWith(file, "PK\u0003\u0004"u8);

    private static bool StartsWith(string file, ReadOnlySpan<byte> magic)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(file);
        return stream.ReadAtLeast(head, magic.Length, throwOnEndOfStream: false) >= magic.Length && head[..magic.Length].SequenceEqual(magic);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
