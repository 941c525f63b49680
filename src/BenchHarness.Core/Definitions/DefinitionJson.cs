using System.Text.Json;
using System.Text.Json.Serialization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>
/// Reads suite, platform and host JSON strictly: an unknown or missing field, a trailing comma or a number written as
/// a string is an error the user sees, worded in the file's own terms (its fields and lines, not .NET types).
/// Comments are allowed.
/// </summary>
public static partial class DefinitionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        NumberHandling = JsonNumberHandling.Strict,
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
            throw new BadInputException(BadInputKind.BadDefinition, path, $"{what} '{path}' is not valid{Where(e)}: {Worded(e)}");
        }
    }

    /// <summary>Where in the file: the field's path and the line, when the reader knows them.</summary>
    private static string Where(JsonException e)
    {
        var field = e.Path is { Length: > 1 } at ? $" at {at}" : "";
        return e.LineNumber is { } line ? $"{field} (line {line + 1})" : field;
    }

    /// <summary>
    /// System.Text.Json's message in the file's terms: a missing required field by its name, the .NET type named by
    /// nothing, and without the position the message repeats (<see cref="Where"/> gives it).
    /// </summary>
    internal static string Worded(JsonException e)
    {
        if (MissingRequired().Match(e.Message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return $"missing the required field{(names.Length == 1 ? "" : "s")} {string.Join(", ", names.Select(n => $"\"{n.Trim('\'')}\""))}.";
        }

        if (UnknownMember().Match(e.Message) is { Success: true } unknown)
        {
            return $"there is no field \"{unknown.Groups[1].Value}\" in this place (a misspelling?).";
        }

        if (NotConverted().Match(e.Message) is { Success: true } converted)
        {
            return e.Path is null or "$" ? "the file is not a JSON object ({…})." : $"the value is not {Kind(converted.Groups[1].Value)}.";
        }

        var message = TypeName().Replace(e.Message, "");
        message = Position().Replace(message, "").Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Replace("which is not supported in this mode", "which strict JSON does not allow", StringComparison.Ordinal);
        return message.Replace("  ", " ", StringComparison.Ordinal).Trim();
    }

    /// <summary>What a .NET type takes, in JSON's words.</summary>
    private static string Kind(string type) =>
        type switch
        {
            _ when type.Contains("Int", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object ({\"name\": \"value\", …})",
            _ when type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) || type.Contains("Enumerable", StringComparison.Ordinal) => "a list ([…])",
            _ when type.Contains("String", StringComparison.Ordinal) => "a string (\"…\")",
            _ => "of the kind this field takes (a number, a string, a list or an object: see the file's documentation)",
        };

    [System.Text.RegularExpressions.GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    private static partial System.Text.RegularExpressions.Regex UnknownMember();

    [System.Text.RegularExpressions.GeneratedRegex(@"could not be converted to ([^ ]+?)\.?(?: Path:|$)")]
    private static partial System.Text.RegularExpressions.Regex NotConverted();

    [System.Text.RegularExpressions.GeneratedRegex(@"missing required properties including: (.+?)\.?(?: Path:|$)")]
    private static partial System.Text.RegularExpressions.Regex MissingRequired();

    /// <summary>"for type 'BenchHarness.Core.Model.X'", "to type 'System.Int32'" and the like.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@" ?(?:for|to|of) type '[^']+'")]
    private static partial System.Text.RegularExpressions.Regex TypeName();

    [System.Text.RegularExpressions.GeneratedRegex(@" ?Path: \S* \| LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial System.Text.RegularExpressions.Regex Position();

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
        var meant = Directory.Exists(directory) ? Words.Nearest(nameOrPath, Directory.GetFiles(directory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!)) : null;
        throw new BadInputException(BadInputKind.UnknownName, nameOrPath,
            $"Unknown {what} '{nameOrPath}'{(meant is null ? "" : $"; did you mean {meant}?")}. Shipped: {known}; or give the path of a JSON file.");
    }
}
