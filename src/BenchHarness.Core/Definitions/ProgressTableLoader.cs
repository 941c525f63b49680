using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>Loads a single-thread progress table (shipped name or path) and checks that its periods are usable.</summary>
public static class ProgressTableLoader
{
    public const string Default = "single-thread";

    public static ProgressTable Load(string nameOrPath, ProjectLayout layout)
    {
        var path = DefinitionJson.Resolve(nameOrPath, layout.ProgressDirectory, "progress table");
        var table = DefinitionJson.Read<ProgressTable>(path, "progress table");
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                throw new BadInputException(BadInputKind.BadDefinition, path, $"progress table '{path}': {problem}");
            }
        }

        Check(table.Periods.Count > 0, "it has no periods");
        Check(table.Periods.All(p => p.To > p.From && p.Growth is > 0 and < 10), "every period needs from < to and a growth between 0 and 10 (0.52 = 52% a year)");
        Check(table.Periods.All(p => p.Rate(GrowthAssumption.Slow) is > 0 and < 10 && p.Rate(GrowthAssumption.Slow) <= p.Growth && p.Growth <= p.Rate(GrowthAssumption.Fast) && p.Rate(GrowthAssumption.Fast) < 10),
            "a period's growthLow ≤ growth ≤ growthHigh, all between 0 and 10");
        Check(table.Periods.Zip(table.Periods.Skip(1)).All(p => p.First.To == p.Second.From), "periods must follow each other without gaps, oldest first");
        Check(table.Periods[^1].To == table.ReferenceYear, $"the last period must end at the reference year {table.ReferenceYear}");
        return table;
    }
}
