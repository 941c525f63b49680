using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>Turns a result into files; exporters return bytes and <see cref="ExportWriter"/> writes them.</summary>
public interface IExporter
{
    IReadOnlyList<ExportedFile> Export(RunResult result);
}

/// <summary>A file an exporter made, relative to the run folder.</summary>
public sealed record ExportedFile(string RelativePath, byte[] Content);
