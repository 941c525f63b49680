using BenchHarness.Core.Runner;
using BenchHarness.Tests.Fakes;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Tests.Unit;

/// <summary>Inputs made once: the files read back are the inputs the generators make, the host's folder is checked by hash, and launches are told where it is.</summary>
public sealed class InputCacheTests
{
    [Fact]
    public void Inputs_read_from_the_folder_are_the_generated_ones()
    {
        var folder = TestData.TempDirectory();
        InputStore.WriteAll(folder, InputSize.Small, 7);
        var read = InputStore.ReadingFrom(folder, InputSize.Small, 7);
        var generated = InputStore.Generating(InputSize.Small, 7);

        Assert.Equal(InputStore.FileNames.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        // The Open XML SDK gives relationships fresh ids and entries the time they were zipped, so two generations of a
        // package differ in bytes; they hold the same parts, and the same content (the next test: the same checksums).
        Assert.Equal(PartNames(generated.Document()), PartNames(read.Document()));
        Assert.Equal(PartNames(generated.Workbook()), PartNames(read.Workbook()));
        Assert.Equal(generated.Photo(), read.Photo());
        Assert.Equal(generated.Text(), read.Text());
        Assert.Equal(generated.ChineseText(), read.ChineseText());
        Assert.Equal(generated.FolderTree().Select(f => f.Path), read.FolderTree().Select(f => f.Path));
        Assert.Equal(generated.FolderTree().SelectMany(f => f.Content), read.FolderTree().SelectMany(f => f.Content));
    }

    private static List<string> PartNames(byte[] package)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package, writable: false));
        return zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void A_workload_prepared_from_the_folder_gives_the_checksum_of_one_that_generated_its_inputs()
    {
        var folder = TestData.TempDirectory();
        InputStore.WriteAll(folder, InputSize.Small, 42);
        foreach (var name in new[] { "spreadsheet-recalc", "spreadsheet-edit-save", "document-open", "document-save-load", "text-find-replace", "files-find-in-files", "picture-insert", "text-gb18030" })
        {
            var workload = WorkloadCatalog.Find(name)!;
            ulong Checksum(InputStore? store)
            {
                using var prepared = workload.Prepare(new WorkloadContext(InputSize.Small, 42, TestData.TempDirectory(), WorkloadFonts.Beside, store));
                return prepared.Run();
            }

            Assert.Equal(Checksum(null), Checksum(InputStore.ReadingFrom(folder, InputSize.Small, 42)));
        }
    }

    [Fact]
    public void A_folder_missing_an_input_fails_the_process_with_the_file_named()
    {
        var error = Assert.Throws<FileNotFoundException>(() => InputStore.ReadingFrom(TestData.TempDirectory(), InputSize.Small, 1).Text());

        Assert.Contains("input text.txt is not in the inputs folder", error.Message);
    }

    [Fact]
    public void A_changed_missing_or_unlisted_file_is_damage_that_the_host_sees()
    {
        var folder = TestData.TempDirectory();
        File.WriteAllText(Path.Combine(folder, "a.txt"), "abc");
        // SHA-256 of "abc", from the FIPS 180-2 test vectors.
        File.WriteAllText(Path.Combine(folder, InputCache.Manifest), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.txt\n");

        Assert.Null(InputCache.Damaged(folder));
        File.WriteAllText(Path.Combine(folder, "a.txt"), "abd");
        Assert.Equal("a.txt does not match its SHA-256", InputCache.Damaged(folder));
        File.Delete(Path.Combine(folder, "a.txt"));
        Assert.Equal("a.txt is missing", InputCache.Damaged(folder));
        File.Delete(Path.Combine(folder, InputCache.Manifest));
        Assert.Equal("no SHA256SUMS", InputCache.Damaged(folder));
    }

    [Fact]
    public void Launches_are_told_where_the_inputs_are()
    {
        var spec = LaunchCommand.Run(TestData.Native(), TestData.Suite(), "document-render", TestData.Layout(), "/cache/inputs/abc-small-42");

        Assert.Equal(["--inputs", "/cache/inputs/abc-small-42"], spec.Argv.TakeLast(2));
    }
}
