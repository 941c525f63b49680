using System.Text.Json;

namespace BenchHarness.Core.Model;

/// <summary>The word a value of the vocabulary is written as, in result.json, the journal and the reports alike: <c>CellStatus.Ok</c> is <c>ok</c>.</summary>
public static class Words
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The instruction-set extensions a guest's runtime saw, as the progress lines and the report write them.</summary>
    public static string OfExtensions(IReadOnlyList<string> isa) => isa.Count == 0 ? "no extension" : string.Join(' ', isa);
}
