using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenchHarness.Core.Model;

/// <summary>Reads and writes a <see cref="ProbeTarget"/> as its name; a name that is not one is an error saying how to write one.</summary>
public sealed class ProbeTargetConverter : JsonConverter<ProbeTarget>
{
    public override ProbeTarget Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString()! : $"a {reader.TokenType.ToString().ToLowerInvariant()}";
        return ProbeTarget.TryParse(name) ?? throw new JsonException(ProbeTarget.NotATarget(name) + ".");
    }

    public override void Write(Utf8JsonWriter writer, ProbeTarget value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
