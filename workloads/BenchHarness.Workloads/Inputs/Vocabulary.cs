namespace BenchHarness.Workloads.Inputs;

/// <summary>Words of office prose for generated documents.</summary>
public static class Vocabulary
{
    public static readonly string[] Words =
    [
        "the", "quarterly", "report", "shows", "that", "revenue", "from", "regional", "offices", "increased",
        "while", "operating", "costs", "remained", "stable", "across", "most", "departments", "and", "the",
        "board", "approved", "a", "revised", "budget", "for", "next", "year", "including", "investment",
        "in", "training", "infrastructure", "procurement", "of", "new", "workstations", "meeting", "minutes",
        "were", "circulated", "to", "all", "participants", "before", "deadline", "customer", "satisfaction",
        "survey", "results", "indicate", "improvement", "delivery", "times", "contract", "negotiations", "with",
        "suppliers", "concluded", "successfully", "is", "expected", "within", "schedule", "project", "milestones",
        "summary", "appendix", "table", "figure", "policy", "compliance", "audit", "recommendations", "are",
        "listed", "below", "implementation", "phase", "begins", "in", "spring", "headcount", "forecast", "per",
        "department", "approximately", "percent", "higher", "than", "previous", "estimates", "internationalisation",
        "documentation", "responsibilities", "stakeholders", "correspondence", "administration",
    ];

    public static string Sentence(InputRandom random, int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = Words[random.Next(Words.Length)];
        }

        parts[0] = char.ToUpperInvariant(parts[0][0]) + parts[0][1..];
        return string.Join(' ', parts) + ".";
    }
}
