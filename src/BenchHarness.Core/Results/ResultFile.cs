using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>Writes and reads result.json; a corrupt or foreign file is bad input, not a crash.</summary>
public static class ResultFile
{
    public const string FileName = "result.json";

    public static byte[] Serialize(RunResult result) => JsonSerializer.SerializeToUtf8Bytes(result, StoredJson.Options);

    /// <summary>Reads <paramref name="directory"/>'s result.json (or the file itself). Older schemas are refused with the fix: <c>benchharness report DIR</c> rewrites it from the journal.</summary>
    public static RunResult Read(string directory)
    {
        var path = Directory.Exists(directory) ? Path.Combine(directory, FileName) : directory;
        if (!File.Exists(path))
        {
            throw new BadInputException(BadInputKind.MissingFile, directory, $"'{directory}' holds no {FileName}.");
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var version = SchemaVersion(bytes, path);
            if (version != RunResult.CurrentSchemaVersion)
            {
                throw new BadInputException(BadInputKind.UnreadableRun, path, version > RunResult.CurrentSchemaVersion
                    ? $"{path} has schema version {version}, written by a newer BenchHarness; this one reads {RunResult.CurrentSchemaVersion}: update BenchHarness."
                    : $"{path} has schema version {version}; this BenchHarness reads {RunResult.CurrentSchemaVersion}: rewrite it from its journal with: benchharness report {Path.GetDirectoryName(path)}");
            }

            return JsonSerializer.Deserialize<RunResult>(bytes, StoredJson.Options) ?? throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} is corrupt: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} cannot be read: {e.Message}");
        }
    }

    private static int SchemaVersion(byte[] bytes, string path)
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("schemaVersion", out var value) && value.TryGetInt32(out var version)
            ? version
            : throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} has no schemaVersion: it is not a BenchHarness result.");
    }
}
