using DocumentFormat.OpenXml.Wordprocessing;

namespace BenchHarness.Workloads.Document;

/// <summary>The numbering part: numbering instances (<c>w:num</c>) to abstract definitions and their levels.</summary>
public sealed class NumberingDefinitions
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<(int Abstract, int Level), Level> _levels = [];

    public NumberingDefinitions(Numbering? numbering)
    {
        foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
        {
            foreach (var level in definition.Elements<Level>())
            {
                _levels[(definition.AbstractNumberId?.Value ?? 0, level.LevelIndex?.Value ?? 0)] = level;
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            _abstractOf[instance.NumberID?.Value ?? 0] = instance.AbstractNumId?.Val?.Value ?? 0;
        }
    }

    public ListItem? Resolve(NumberingProperties? properties)
    {
        if (properties?.NumberingId?.Val?.Value is not { } list || list == 0)
        {
            return null;
        }

        var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        if (!_abstractOf.TryGetValue(list, out var definition) || !_levels.TryGetValue((definition, level), out var format))
        {
            throw new InvalidDataException($"List {list} level {level} is not defined in the numbering part.");
        }

        return new ListItem(list, level, format.NumberingFormat?.Val?.InnerText ?? "decimal", format.LevelText?.Val?.Value ?? "",
            format.StartNumberingValue?.Val?.Value ?? 1);
    }
}
