using System.Text.Json;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>Loads the shipped platforms (<c>benchmarks/platforms/*.json</c> and its <c>templates/</c>) and users' own files.</summary>
public static partial class PlatformLoader
{
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

    /// <summary>
    /// Shipped names, paths of JSON files, or <c>all</c> (every shipped platform but templates and opt-in ones), and
    /// candidate builds (see <see cref="Candidate"/>); the baselines and references they are compared
    /// with are added. A suite's <paramref name="baseline"/> (<see cref="Suite.Baseline"/>) replaces every emulated
    /// platform's own, so that the native platforms it would otherwise bring along are not run.
    /// </summary>
    public static IReadOnlyList<PlatformDefinition> Select(IReadOnlyList<string> requested, ProjectLayout layout, IReadOnlyList<CandidateBuild>? candidates = null, string? baseline = null)
    {
        var shipped = Shipped(layout, includeTemplates: true);
        var store = new Builds.BuildStore(layout);
        var chosen = new List<PlatformDefinition>();
        var sources = new Dictionary<string, string>();
        foreach (var request in requested)
        {
            if (request == "all")
            {
                chosen.AddRange(Shipped(layout, includeTemplates: false).Where(p => !p.OptIn));
                continue;
            }

            if (request.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || request.Contains('/'))
            {
                var path = DefinitionJson.Resolve(request, layout.PlatformsDirectory, "platform");
                var mine = LoadUsersFile(path, shipped, store);
                sources[mine.Name] = path;
                chosen.Add(mine);
                continue;
            }

            chosen.Add(Known(request, shipped));
        }

        foreach (var candidate in candidates ?? [])
        {
            chosen.Add(Candidate(candidate, shipped, chosen, store));
        }

        var rebase = baseline is null ? (Func<PlatformDefinition, PlatformDefinition>)(p => p) : Rebase(Known(baseline, shipped));
        for (var i = 0; i < chosen.Count; i++)
        {
            chosen[i] = rebase(chosen[i]);
            foreach (var other in chosen[i].ComparedWith().Where(name => chosen.All(p => p.Name != name)))
            {
                chosen.Add(shipped.FirstOrDefault(p => p.Name == other)
                    ?? throw new BadInputException(BadInputKind.UnknownName, other, $"{(sources.TryGetValue(chosen[i].Name, out var source) ? $"platform '{source}': " : "")}Platform '{chosen[i].Name}' is compared with '{other}', which is not a known platform."));
            }
        }

        // The same file named twice (e.g. a platform and "all") is one platform; two different definitions under one name are an error.
        var duplicate = chosen.GroupBy(p => p.Name).FirstOrDefault(g => g.Any(p => !SameDefinition(p, g.First())));
        if (duplicate is not null)
        {
            throw new BadInputException(BadInputKind.AlreadyExists, duplicate.Key, $"Two different platforms are named '{duplicate.Key}': rename one (its \"name\").");
        }

        var distinct = chosen.DistinctBy(p => p.Name).ToList();
        foreach (var platform in distinct.Where(p => p.Reference is not null))
        {
            var reference = distinct.Single(p => p.Name == platform.Reference);
            if (reference.Target != platform.Target)
            {
                throw new BadInputException(BadInputKind.NotLikeForLike, platform.Name, $"Platform '{platform.Name}' is a candidate of '{reference.Name}' but runs target {platform.Target}, not {reference.Target}: a candidate build runs the same probe.");
            }
        }

        return distinct;
    }

    /// <summary>
    /// A gate only: the candidate builds (platforms with a reference) and their references, without the baselines
    /// they would be compared with beside them, nor any other platform. Empty when no platform is a candidate.
    /// </summary>
    public static IReadOnlyList<PlatformDefinition> GateOnly(IReadOnlyList<PlatformDefinition> platforms) =>
        platforms.Where(p => p.Reference is not null || platforms.Any(c => c.Reference == p.Name)).ToList();

    /// <summary>
    /// The shipped platform NAME with its emulator binary (the launcher's first word, and the version command's where it
    /// is the same) swapped for PATH — a candidate build, compared with NAME as its reference. Its name is
    /// NAME-candidate (NAME-candidate-2 … when NAME has several), never NAME itself.
    /// </summary>
    public static PlatformDefinition Candidate(CandidateBuild build, IReadOnlyList<PlatformDefinition> shipped, IReadOnlyList<PlatformDefinition> taken, Builds.BuildStore store)
    {
        var (name, path) = (build.Platform, build.Emulator);
        var reference = Known(name, shipped);
        if (reference.Launcher.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, name, $"platform '{name}' is native: it has no emulator binary to swap for a candidate build.");
        }

        var fetched = Builds.BuildName.IsBuildName(path);
        if (!fetched && Platforms.HostPlatform.FindProgram(path) is null)
        {
            throw new BadInputException(BadInputKind.MissingFile, path, Path.IsPathRooted(path)
                ? $"the candidate build of '{name}', {path}, does not exist: give the path of the emulator binary to measure."
                : $"the candidate build of '{name}', {path}, is not a program on PATH: give the path of the emulator binary to measure (or PACKAGE@VERSION, a fetched build).");
        }

        var candidateName = $"{name}-candidate";
        for (var n = 2; taken.Any(p => p.Name == candidateName); n++)
        {
            candidateName = $"{name}-candidate-{n}";
        }

        var candidate = fetched
            ? store.Apply(reference with { Build = BuildOf(Builds.BuildName.Parse(path, '@', $"the candidate build of '{name}'")) })
            : reference.WithEmulator(path);
        return candidate with
        {
            Name = candidateName,
            Description = $"{reference.Description} — candidate build {(candidate.Build is { } b ? $"{b.Package} {b.Version} (Debian)" : path)}",
            Reference = name,
            OptIn = true,
        };
    }

    /// <summary>Every platform that has a baseline takes the suite's instead; the suite's must be native.</summary>
    private static Func<PlatformDefinition, PlatformDefinition> Rebase(PlatformDefinition baseline) =>
        baseline.Launcher.Count > 0
            ? throw new BadInputException(BadInputKind.BadDefinition, baseline.Name, $"the suite's \"baseline\" is '{baseline.Name}', an emulated platform: name a native one (native, native-aot, native-jit), which every emulated platform of the suite is compared with.")
            : platform => platform.Baseline is null ? platform : platform with { Baseline = baseline.Name };

    private static EmulatorBuild BuildOf(Builds.BuildName name) => new(name.Package, name.Version);

    private static PlatformDefinition Known(string name, IReadOnlyList<PlatformDefinition> shipped) =>
        shipped.FirstOrDefault(p => p.Name == name)
        ?? throw new BadInputException(BadInputKind.UnknownName, name, $"Unknown platform '{name}'. Known: {string.Join(", ", shipped.Select(p => p.Name))}; or give the path of a JSON file.");

    /// <summary>
    /// The launcher is an argv (no shell reads it) of non-empty words; env holds variables only, each a name a shell
    /// would accept, so that no entry can smuggle in another variable, an argument or the harness's own mark.
    /// </summary>
    private static void CheckCommand(PlatformDefinition platform, string path)
    {
        if (platform.Launcher.Any(word => string.IsNullOrEmpty(word) || word.Contains('\0', StringComparison.Ordinal)))
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"platform '{path}': \"launcher\" has an empty word or a NUL character; give the emulator's argv, one word per string.");
        }

        foreach (var (name, value) in platform.Env)
        {
            if (!EnvironmentName().IsMatch(name))
            {
                throw new BadInputException(BadInputKind.BadDefinition, path, $"platform '{path}': \"env\" names '{name}', which is not a variable name (letters, digits and _, not starting with a digit).");
            }

            if (name == ProcessMark.Variable)
            {
                throw new BadInputException(BadInputKind.BadDefinition, path, $"platform '{path}': \"env\" sets {name}, which the harness sets itself to find the run's processes.");
            }

            if (value.Contains('\0', StringComparison.Ordinal))
            {
                throw new BadInputException(BadInputKind.BadDefinition, path, $"platform '{path}': \"env\" {name} holds a NUL character.");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial System.Text.RegularExpressions.Regex EnvironmentName();

    /// <summary>
    /// A user's own platform file: as <see cref="LoadFile"/>; its launcher must exist, and its name cannot be a shipped
    /// platform's unless it is that platform. A shipped platform whose emulator is not installed is recorded as
    /// unavailable; a user's file naming a program that is not there is a typo.
    /// </summary>
    private static PlatformDefinition LoadUsersFile(string path, IReadOnlyList<PlatformDefinition> shipped, Builds.BuildStore store)
    {
        var platform = store.Apply(LoadFile(path));
        if (shipped.FirstOrDefault(p => p.Name == platform.Name) is { } shippedOne && !SameDefinition(shippedOne, platform))
        {
            throw new BadInputException(BadInputKind.AlreadyExists, path, $"platform '{path}' is named '{platform.Name}', as a shipped platform defined otherwise: give it a name of its own, so that its results are not taken for that platform's.");
        }

        if (platform.Launcher.Count > 0 && platform.Host == Platforms.HostPlatform.Current && Platforms.HostPlatform.FindProgram(platform.Launcher[0]) is null)
        {
            throw new BadInputException(BadInputKind.MissingFile, path, $"platform '{path}': its launcher '{platform.Launcher[0]}' is not found on this machine (give an absolute path or a program on PATH).");
        }

        return platform;
    }

    /// <summary>Two definitions are the same platform when every field is equal (lists and maps by content).</summary>
    private static bool SameDefinition(PlatformDefinition a, PlatformDefinition b) => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);

    public static PlatformDefinition LoadFile(string path)
    {
        var platform = DefinitionJson.Read<PlatformDefinition>(path, "platform");
        if (platform.Baseline == platform.Name || platform.Reference == platform.Name)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"platform '{path}': a platform cannot be its own baseline or reference.");
        }

        CheckCommand(platform, path);
        return GuestCpu.Apply(platform, path);
    }
}
