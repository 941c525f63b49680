using System.Text.Json;
using System.Text.Json.Serialization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>
/// Reads and writes the vocabulary's enums as their words (<see cref="Words"/>): <c>"ok"</c>, <c>"small"</c>. A word
/// that is not one of them is an error that lists the ones allowed; numbers are never accepted.
/// </summary>
public sealed class WordConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert));

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByWord = Enum.GetValues<T>().ToDictionary(Words.Of, v => v, StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && ByWord.TryGetValue(reader.GetString()!, out var value)
                ? value
                : throw new JsonException($"{Describe(ref reader)} is not one of: {string.Join(", ", ByWord.Keys)}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Words.Of(value));

        private static string Describe(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : $"a {reader.TokenType.ToString().ToLowerInvariant()}";
    }
}
