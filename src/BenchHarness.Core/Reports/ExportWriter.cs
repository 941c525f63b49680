using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>Writes result.json and every exporter's files into a run folder.</summary>
public static class ExportWriter
{
    public static IReadOnlyList<string> Write(RunResult result, string directory, IEnumerable<IExporter> exporters)
    {
        var written = new List<string>();
        void Save(string relative, byte[] content)
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            written.Add(path);
        }

        Save(ResultFile.FileName, ResultFile.Serialize(result));
        foreach (var exporter in exporters)
        {
            foreach (var file in exporter.Export(result))
            {
                Save(file.RelativePath, file.Content);
            }
        }

        return written;
    }
}
