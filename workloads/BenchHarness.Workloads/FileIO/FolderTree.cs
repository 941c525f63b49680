using System.Text;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.FileIO;

/// <summary>A generated folder of office files (text notes in nested folders), identical on every platform for one seed.</summary>
public static class FolderTree
{
    public static int FileCount(InputSize size) => size == InputSize.Small ? 400 : 2000;

    /// <summary>Relative path and content of each file, in a fixed order.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files(InputSize size, int seed)
    {
        var random = new InputRandom(seed);
        var files = new List<(string, byte[])>();
        for (var i = 0; i < FileCount(size); i++)
        {
            var folder = $"project-{i % 7}/{(i / 7) % 11:00}";
            var text = new StringBuilder();
            var sentences = random.Next(4, 40);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(Vocabulary.Sentence(random, random.Next(6, 18))).Append('\n');
            }

            files.Add(($"{folder}/note-{i:0000}.txt", Encoding.UTF8.GetBytes(text.ToString())));
        }

        return files;
    }

    public static void Write(string root, IReadOnlyList<(string Path, byte[] Content)> files)
    {
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }
    }

    /// <summary>Every file under <paramref name="root"/>, as forward-slash relative paths in ordinal order.</summary>
    public static List<string> List(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
