using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>Writes result.json and every exporter's files into a run folder.</summary>
public static class ExportWriter
{
    public static IReadOnlyList<string> Write(RunResult result, string directory, IEnumerable<IExporter> exporters) =>
        Save(directory, exporters.SelectMany(e => e.Export(result)).Prepend(new ExportedFile(ResultFile.FileName, ResultFile.Serialize(result))));

    /// <summary>Writes each file under <paramref name="directory"/>, making its folders; returns the paths written.</summary>
    public static IReadOnlyList<string> Save(string directory, IEnumerable<ExportedFile> files)
    {
        var written = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            written.Add(path);
        }

        return written;
    }
}
