using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenchHarness.Core.Definitions;

/// <summary>
/// What BenchHarness itself wrote (journal.jsonl, result.json) is read leniently: a field that a later or an
/// earlier version added or dropped is ignored, so that every stored run stays readable. Suite and platform files
/// a user writes stay strict (<see cref="DefinitionJson"/>): there an unknown field is a typo to report.
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(DefinitionJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        AllowOutOfOrderMetadataProperties = true,
        // Lenient as the reader of every stored version has been (definitions a user writes are strict).
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>The same, one record per line (the journal).</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };
}
