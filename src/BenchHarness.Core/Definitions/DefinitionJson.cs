using System.Text.Json;
using System.Text.Json.Serialization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>Reads suite and platform JSON strictly: an unknown or missing field is an error the user sees.</summary>
public static class DefinitionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new WordConverter() },
    };

    /// <summary>The largest definition read: the shipped ones are a few kilobytes; a bigger file is not a definition.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static T Read<T>(string path, string what)
    {
        string text;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                throw new BadInputException(BadInputKind.BadDefinition, path, $"{what} '{path}' is {length / 1024.0 / 1024.0:0.0} MB; a {what} file is at most 1 MB of JSON: is it the right file?");
            }

            text = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"{what} '{path}' is not UTF-8 text{(e.Index >= 0 ? $" (byte {e.Index})" : "")}: save it as UTF-8 JSON.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"{what} '{path}' cannot be read: {e.Message}");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, Options) ?? throw new BadInputException(BadInputKind.BadDefinition, path, $"{what} '{path}' is empty (null).");
        }
        catch (JsonException e)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"{what} '{path}' is not valid{(e.Path is { Length: > 1 } at ? $" at {at}" : "")}: {e.Message}");
        }
    }

    /// <summary>A shipped name (a file <c>NAME.json</c> in <paramref name="directory"/>) or the path of a JSON file.</summary>
    public static string Resolve(string nameOrPath, string directory, string what)
    {
        if (nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || nameOrPath.Contains('/'))
        {
            return File.Exists(nameOrPath) ? nameOrPath : throw new BadInputException(BadInputKind.MissingFile, nameOrPath, $"{what} file '{nameOrPath}' does not exist.");
        }

        var shipped = Path.Combine(directory, nameOrPath + ".json");
        if (File.Exists(shipped))
        {
            return shipped;
        }

        var known = Directory.Exists(directory)
            ? string.Join(", ", Directory.GetFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order())
            : "none";
        throw new BadInputException(BadInputKind.UnknownName, nameOrPath, $"Unknown {what} '{nameOrPath}'. Shipped: {known}; or give the path of a JSON file.");
    }
}
