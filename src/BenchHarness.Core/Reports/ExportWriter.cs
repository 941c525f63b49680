using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>Writes result.json and every exporter's files into a run folder.</summary>
public static class ExportWriter
{
    public static IReadOnlyList<string> Write(RunResult result, string directory, IEnumerable<IExporter> exporters) =>
        Save(directory, exporters.SelectMany(e => e.Export(result)).Prepend(new ExportedFile(ResultFile.FileName, ResultFile.Serialize(result))));

    /// <summary>
    /// Writes each file under <paramref name="directory"/>, making its folders; returns the paths written. Each file is
    /// written whole or not at all: into a temporary file beside it, then renamed over it, so that a run killed
    /// mid-write leaves the earlier file, never half of one. A path that would leave the folder is refused.
    /// </summary>
    public static IReadOnlyList<string> Save(string directory, IEnumerable<ExportedFile> files)
    {
        var root = Path.GetFullPath(directory);
        var written = new List<string>();
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(root, file.RelativePath));
            if (!path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"An exporter asked to write '{file.RelativePath}', outside the output folder {root}.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WriteAtomically(path, file.Content);
            written.Add(Path.Combine(directory, file.RelativePath));
        }

        return written;
    }

    /// <summary>Writes a temporary file beside <paramref name="path"/>, flushes it to disk and renames it over <paramref name="path"/>.</summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        var temporary = $"{path}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
