using System.Text;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.FileIO;
using BenchHarness.Workloads.TextOperations;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// Where a workload's generated inputs come from. Without a folder they are generated in the process, as before;
/// with one they are read from the files the host's native probe wrote there once per input size and seed
/// (<c>inputs</c> command), so an emulated process no longer spends its time generating them under translation.
/// The bytes are the same either way: the generators are deterministic for a size and a seed, and the host checks
/// every file against its SHA-256 before a run uses the folder. Reading a file is not timed, as generating was not.
/// </summary>
public sealed class InputStore
{
    private enum Mode
    {
        Generate,
        Read,
        Write,
    }

    private readonly InputSize size;
    private readonly int seed;
    private readonly string? directory;
    private readonly Mode mode;

    private InputStore(InputSize size, int seed, string? directory, Mode mode) => (this.size, this.seed, this.directory, this.mode) = (size, seed, directory, mode);

    /// <summary>The inputs' file names, one per generator: what a complete folder holds.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["document.docx", "workbook.xlsx", "photo.bin", "text.txt", "chinese-text.txt", "folder-tree.bin"];

    public static InputStore Generating(InputSize size, int seed) => new(size, seed, null, Mode.Generate);

    public static InputStore ReadingFrom(string directory, InputSize size, int seed) => new(size, seed, directory, Mode.Read);

    /// <summary>Generates every input into <paramref name="directory"/> (the probe's <c>inputs</c> command).</summary>
    public static void WriteAll(string directory, InputSize size, int seed)
    {
        Directory.CreateDirectory(directory);
        var store = new InputStore(size, seed, directory, Mode.Write);
        _ = store.Document();
        _ = store.Workbook();
        _ = store.Photo();
        _ = store.Text();
        _ = store.ChineseText();
        _ = store.FolderTree();
    }

    /// <summary>The report document (.docx) of the document and document-save-load workloads.</summary>
    public byte[] Document() => Bytes("document.docx", () => DocumentGenerator.Generate(size, seed));

    /// <summary>The workbook (.xlsx) of the spreadsheet workloads.</summary>
    public byte[] Workbook() => Bytes("workbook.xlsx", () => WorkbookGenerator.Generate(size, seed));

    /// <summary>The photograph of picture-insert.</summary>
    public byte[] Photo() => Bytes("photo.bin", () => PhotoGenerator.Generate(size, seed));

    /// <summary>The prose of the text workloads.</summary>
    public string Text() => Encoding.UTF8.GetString(Bytes("text.txt", () => Encoding.UTF8.GetBytes(TextGenerator.Generate(size, seed))));

    /// <summary>The Chinese text of text-gb18030.</summary>
    public string ChineseText() => Encoding.UTF8.GetString(Bytes("chinese-text.txt", () => Encoding.UTF8.GetBytes(Gb18030Workload.Generate(size, seed))));

    /// <summary>The folder of office files of the file workloads: relative path and content of each, in order.</summary>
    public IReadOnlyList<(string Path, byte[] Content)> FolderTree() => Unpack(Bytes("folder-tree.bin", () => Pack(FileIO.FolderTree.Files(size, seed))));

    private byte[] Bytes(string name, Func<byte[]> generate)
    {
        switch (mode)
        {
            case Mode.Generate:
                return generate();
            case Mode.Write:
                var made = generate();
                File.WriteAllBytes(Path.Combine(directory!, name), made);
                return made;
            default:
                var path = Path.Combine(directory!, name);
                return File.Exists(path) ? File.ReadAllBytes(path)
                    : throw new FileNotFoundException($"input {name} is not in the inputs folder {directory}", path);
        }
    }

    /// <summary>Count, then for each file its UTF-8 path and its content, each length-prefixed (little-endian 32-bit).</summary>
    private static byte[] Pack(IReadOnlyList<(string Path, byte[] Content)> files)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(files.Count);
        foreach (var (path, content) in files)
        {
            writer.Write(path);
            writer.Write(content.Length);
            writer.Write(content);
        }

        writer.Flush();
        return stream.ToArray();
    }

    private static List<(string Path, byte[] Content)> Unpack(byte[] packed)
    {
        using var reader = new BinaryReader(new MemoryStream(packed, writable: false), Encoding.UTF8);
        var count = reader.ReadInt32();
        var files = new List<(string, byte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            files.Add((path, reader.ReadBytes(reader.ReadInt32())));
        }

        return files;
    }
}
