using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>Writes and reads result.json; a corrupt or foreign file is bad input, not a crash.</summary>
public static class ResultFile
{
    public const string FileName = "result.json";

    public static byte[] Serialize(RunResult result) => JsonSerializer.SerializeToUtf8Bytes(result, DefinitionJson.Options);

    public static RunResult Read(string directory)
    {
        var path = Directory.Exists(directory) ? Path.Combine(directory, FileName) : directory;
        if (!File.Exists(path))
        {
            throw new BadInputException($"'{directory}' holds no {FileName}.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var result = JsonSerializer.Deserialize<RunResult>(stream, new JsonSerializerOptions(DefinitionJson.Options) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip })
                ?? throw new BadInputException($"{path} is empty.");
            return result.SchemaVersion == RunResult.CurrentSchemaVersion ? result
                : throw new BadInputException($"{path} has schema version {result.SchemaVersion}; this BenchHarness reads {RunResult.CurrentSchemaVersion}.");
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path} is corrupt: {e.Message}");
        }
    }
}
