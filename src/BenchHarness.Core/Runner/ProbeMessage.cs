using System.Text.Json;
using BenchHarness.Protocol;

namespace BenchHarness.Core.Runner;

/// <summary>One JSON line from the probe (<see cref="ProbeProtocol.Message"/>). Other lines are not the probe's.</summary>
public sealed record ProbeMessage(string Type, JsonElement Body)
{
    public string? Text(string name) => Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An array of strings; null when the field is absent or not such an array.</summary>
    public IReadOnlyList<string>? Texts(string name) =>
        Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(e => e.GetString()!).ToList()
            : null;

    public long? Number(string name) => Body.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) ? n : null;

    /// <summary>
    /// The start of every line of the given type: the probe writes <see cref="ProbeProtocol.Field.Type"/> first (its
    /// ProbeWriter), so a line's type can be recognised without parsing it, as the launcher does for every line.
    /// </summary>
    public static string Prefix(string type) => $"{{\"{ProbeProtocol.Field.Type}\":\"{type}\"";

    public static ProbeMessage? TryParse(string line)
    {
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty(ProbeProtocol.Field.Type, out var type) && type.ValueKind == JsonValueKind.String
                ? new ProbeMessage(type.GetString()!, document.RootElement.Clone())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
