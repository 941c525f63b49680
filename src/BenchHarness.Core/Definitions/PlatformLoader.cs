using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>Loads the shipped platforms (<c>benchmarks/platforms/*.json</c> and its <c>templates/</c>) and users' own files.</summary>
public static class PlatformLoader
{
    public static readonly IReadOnlyList<string> KnownTargets =
        ["linux-x64-aot", "linux-x64-jit", "linux-arm64-aot", "linux-arm64-jit", "win-x64-jit"];

    public static IReadOnlyList<PlatformDefinition> Shipped(ProjectLayout layout, bool includeTemplates)
    {
        var files = Directory.GetFiles(layout.PlatformsDirectory, "*.json").Order(StringComparer.Ordinal).ToList();
        var templates = Path.Combine(layout.PlatformsDirectory, "templates");
        if (includeTemplates && Directory.Exists(templates))
        {
            files.AddRange(Directory.GetFiles(templates, "*.json").Order(StringComparer.Ordinal));
        }

        return files.Select(LoadFile).ToList();
    }

    /// <summary>Shipped names, paths of JSON files, or <c>all</c> (every shipped platform but templates and opt-in ones); baselines needed for ratios are added.</summary>
    public static IReadOnlyList<PlatformDefinition> Select(IReadOnlyList<string> requested, ProjectLayout layout)
    {
        var shipped = Shipped(layout, includeTemplates: true);
        var chosen = new List<PlatformDefinition>();
        foreach (var request in requested)
        {
            if (request == "all")
            {
                chosen.AddRange(Shipped(layout, includeTemplates: false).Where(p => !p.OptIn));
                continue;
            }

            var platform = request.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || request.Contains('/')
                ? LoadFile(DefinitionJson.Resolve(request, layout.PlatformsDirectory, "platform"))
                : shipped.FirstOrDefault(p => p.Name == request)
                  ?? throw new BadInputException($"Unknown platform '{request}'. Known: {string.Join(", ", shipped.Select(p => p.Name))}; or give the path of a JSON file.");
            chosen.Add(platform);
        }

        foreach (var platform in chosen.ToList())
        {
            if (platform.Baseline is { } baseline && chosen.All(p => p.Name != baseline))
            {
                chosen.Add(shipped.FirstOrDefault(p => p.Name == baseline)
                    ?? throw new BadInputException($"Platform '{platform.Name}' names baseline '{baseline}', which is not a known platform."));
            }
        }

        return chosen.DistinctBy(p => p.Name).ToList();
    }

    public static PlatformDefinition LoadFile(string path)
    {
        var platform = DefinitionJson.Read<PlatformDefinition>(path, "platform");
        if (!KnownTargets.Contains(platform.Target) && !platform.Target.Contains('-'))
        {
            throw new BadInputException($"platform '{path}': target '{platform.Target}' is not a target (known: {string.Join(", ", KnownTargets)}).");
        }

        if (platform.Baseline == platform.Name)
        {
            throw new BadInputException($"platform '{path}': a platform cannot be its own baseline.");
        }

        return platform;
    }
}
