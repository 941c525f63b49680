using System.IO.Compression;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>A user's document is checked before it is opened: real zip packages, built here with System.IO.Compression.</summary>
public sealed class DocumentGuardTests
{
    private static string Package(params (string Name, byte[] Content)[] entries)
    {
        var path = Path.Combine(TestData.TempDirectory(), "document.docx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }

        return path;
    }

    [Fact]
    public void An_ordinary_package_passes()
    {
        var text = System.Text.Encoding.UTF8.GetBytes(string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"word{i * 7919 % 10007}")));

        DocumentGuard.Check(Package(("word/document.xml", text), ("word/media/image1.png", System.Security.Cryptography.RandomNumberGenerator.GetBytes(200_000))));
    }

    [Fact]
    public void An_entry_that_expands_a_thousandfold_is_refused_as_a_zip_bomb()
    {
        // 16 MB of zeros deflate to about 16 KB.
        var path = Package(("word/document.xml", new byte[16 << 20]));

        var error = Assert.Throws<BadInputException>(() => DocumentGuard.Check(path));
        Assert.Equal((BadInputKind.BadDefinition, path), (error.Kind, error.Subject));
        // The entry at fault, so that the user can look at it.
        Assert.Contains("'word/document.xml'", error.Message);
    }

    [Fact]
    public void A_package_whose_entries_add_up_beyond_the_limit_is_refused()
    {
        var path = Package(("a.xml", new byte[3 << 20]), ("b.xml", new byte[3 << 20]));

        var error = Assert.Throws<BadInputException>(() => DocumentGuard.Check(path, DocumentGuard.Limits.Default with { MaxUncompressedBytes = 5 << 20, MaxEntryRatio = 1e9 }));
        Assert.Equal((BadInputKind.BadDefinition, path), (error.Kind, error.Subject));
        // The limit passed, so that the user knows how far off the document is.
        Assert.Contains("5 MB", error.Message);
    }

    [Fact]
    public void Too_large_a_file_too_many_entries_and_a_damaged_package_are_refused()
    {
        var many = Package([.. Enumerable.Range(0, 50).Select(i => ($"part{i}.xml", new byte[10]))]);
        var damaged = Path.Combine(TestData.TempDirectory(), "damaged.xlsx");
        File.WriteAllBytes(damaged, [.. "PK\u0003\u0004"u8, .. new byte[100]]);
        foreach (var (path, limits) in new[] { (many, DocumentGuard.Limits.Default with { MaxEntries = 40 }), (many, DocumentGuard.Limits.Default with { MaxFileBytes = 100 }), (damaged, DocumentGuard.Limits.Default) })
        {
            var error = Assert.Throws<BadInputException>(() => DocumentGuard.Check(path, limits));
            Assert.Equal((BadInputKind.BadDefinition, path), (error.Kind, error.Subject));
        }

        var missing = Assert.Throws<BadInputException>(() => DocumentGuard.Check("/nonexistent/x.docx"));
        Assert.Equal((BadInputKind.MissingFile, "/nonexistent/x.docx"), (missing.Kind, missing.Subject));
    }
}
