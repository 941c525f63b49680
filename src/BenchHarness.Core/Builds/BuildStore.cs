using System.Text.Json;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Builds;

/// <summary>
/// The fetched emulator builds, <c>.state/emulators/PACKAGE/VERSION/</c> (the version without its epoch), each with its
/// <c>build.json</c>. A folder without it (an interrupted fetch) is not a build. Reading it needs no network.
/// </summary>
public sealed class BuildStore(ProjectLayout layout)
{
    public const string RecordFile = "build.json";

    /// <summary>build.json as BenchHarness writes it; read leniently, as its stored results are, so that a later field does not break it.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public string Directory => Path.Combine(layout.StateDirectory, "emulators");

    public string FolderOf(BuildName name) => Path.Combine(Directory, name.Package, name.Folder);

    /// <summary>Every fetched build, by package then folder.</summary>
    public IReadOnlyList<(string Folder, FetchedBuild Build)> All()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return System.IO.Directory.GetDirectories(Directory).Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal)
            .SelectMany(package => System.IO.Directory.GetDirectories(package).Order(StringComparer.Ordinal))
            .Select(folder => (Folder: folder, Build: Read(folder)))
            .Where(b => b.Build is not null)
            .Select(b => (b.Folder, b.Build!))
            .ToList();
    }

    /// <summary>The fetched build <paramref name="name"/>, or null when it has not been fetched.</summary>
    public FetchedBuild? Find(BuildName name) =>
        Read(FolderOf(name)) is { } build && name.Names(build.Version) ? build : null;

    /// <summary>
    /// The path of <paramref name="program"/> (e.g. <c>qemu-aarch64</c>) in the fetched build <paramref name="name"/>; a bad
    /// input when the build was not fetched or does not hold that program.
    /// </summary>
    public (string Path, EmulatorBuild Build) Program(BuildName name, string program)
    {
        var build = Find(name) ?? throw new BadInputException(BadInputKind.MissingFile, name.ToString(),
            $"{name} has not been fetched: run `benchharness emulators fetch {name.Package}={name.Version}` first (`emulators list` shows what is here).");
        var found = build.Programs.FirstOrDefault(p => p.Name == Path.GetFileName(program)) ?? throw new BadInputException(BadInputKind.MissingFile, name.ToString(),
            $"{name} holds no program '{Path.GetFileName(program)}' (it holds {string.Join(", ", build.Programs.Select(p => p.Name))}).");
        return (Path.Combine(FolderOf(name), found.Path), build.Build);
    }

    /// <summary>
    /// <paramref name="platform"/> with its emulator (the launcher's first word, and the version command's where it is the
    /// same) taken from the fetched build it names in <see cref="PlatformDefinition.Build"/>, and that build recorded in
    /// full (version with epoch, .deb SHA-256); unchanged when it names none.
    /// </summary>
    public PlatformDefinition Apply(PlatformDefinition platform)
    {
        if (platform.Build is not { } wanted)
        {
            return platform;
        }

        if (platform.Launcher.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadDefinition, platform.Name,
                $"platform '{platform.Name}' names a build ({wanted}) but has no launcher whose emulator it would replace.");
        }

        var name = BuildName.Parse($"{wanted.Package}@{wanted.Version}", '@', $"platform '{platform.Name}': build");
        var (path, build) = Program(name, platform.Launcher[0]);
        if (wanted.Sha256 is { } pinned && !string.Equals(pinned, build.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BadInputException(BadInputKind.NotLikeForLike, name.ToString(),
                $"platform '{platform.Name}' pins {name} to .deb SHA-256 {pinned}, but the build fetched here is {build.Sha256}: fetch the pinned one, or update the pin.");
        }

        return platform.WithEmulator(path) with { Build = build };
    }

    public static void Write(string folder, FetchedBuild build) =>
        File.WriteAllText(Path.Combine(folder, RecordFile), JsonSerializer.Serialize(build, Json));

    private static FetchedBuild? Read(string folder)
    {
        var file = Path.Combine(folder, RecordFile);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FetchedBuild>(File.ReadAllText(file), Json);
        }
        catch (JsonException e)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, file, $"'{file}' is damaged ({e.Message}): remove its folder and fetch the build again.");
        }
    }
}
