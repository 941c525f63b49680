using BenchHarness.Core.Model;

namespace BenchHarness.Core.Builds;

/// <summary>
/// Debian's package registry through apt, with a sources list, lists folder and cache of its own under
/// <c>.state/emulators/.apt/</c> (<c>-o Dir::Etc::sourcelist … -o Dir::State::Lists … -o Dir::Cache …</c>): the machine's
/// apt configuration and package lists are read by nothing here and changed by nothing. apt checks the indexes'
/// signatures against the machine's Debian keyring, and the .deb against the index's SHA-256.
/// </summary>
/// <param name="mirror">The Debian archive (<c>BENCHHARNESS_DEBIAN_MIRROR</c>, default <c>http://deb.debian.org/debian</c>); its security archive is the same address with <c>-security</c>.</param>
public sealed class DebianRegistry(string aptDirectory, string mirror, Action<string> progress) : IPackageRegistry
{
    /// <summary>The suites searched: Debian 12 with its updates, security updates and backports, and Debian 13.</summary>
    public static readonly IReadOnlyList<string> Suites = ["bookworm", "bookworm-updates", "bookworm-security", "bookworm-backports", "trixie"];

    private static readonly TimeSpan ListsFresh = TimeSpan.FromHours(6);
    private static readonly TimeSpan UpdateLimit = TimeSpan.FromMinutes(10);

    public string Address => mirror;

    private string Lists => Path.Combine(aptDirectory, "lists");

    public static DebianRegistry For(BuildStore store, Action<string> progress) =>
        new(Path.Combine(store.Directory, ".apt"), Environment.GetEnvironmentVariable("BENCHHARNESS_DEBIAN_MIRROR") is { Length: > 0 } m ? m.TrimEnd('/') : "http://deb.debian.org/debian", progress);

    public IReadOnlyList<RegistryVersion> Versions(string package, bool refresh)
    {
        var lists = Directory.Exists(Lists) ? Directory.GetFiles(Lists, "*_Packages*") : [];
        if (refresh || lists.Length == 0 || lists.Min(File.GetLastWriteTimeUtc) < DateTime.UtcNow - ListsFresh)
        {
            Update(known: lists.Length > 0);
        }

        var madison = Apt("apt-cache", "madison", package);
        var stanzas = Stanzas(package);
        return madison.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(f => f.Length >= 3 && f[0] == package && f[2].EndsWith(" Packages", StringComparison.Ordinal))
            .Select(f => stanzas.GetValueOrDefault(f[1]) is { } fields
                ? new RegistryVersion(f[1], SuiteOf(f[2]), fields.GetValueOrDefault("SHA256", ""), fields.GetValueOrDefault("Filename", ""))
                : new RegistryVersion(f[1], SuiteOf(f[2]), "", ""))
            .ToList();
    }

    public string Download(string package, RegistryVersion version, string folder)
    {
        var download = Apt("apt-get", "download", $"{package}={version.Version}", folder, TimeSpan.FromMinutes(30));
        var deb = Directory.GetFiles(folder, "*.deb").SingleOrDefault();
        return download.ExitCode == 0 && deb is not null ? deb
            : throw new BadInputException(BadInputKind.Setup, $"{package}={version.Version}",
                $"could not download {package} {version.Version} from {mirror}: {download.Reason}");
    }

    /// <summary>Reads the registry's indexes again; an unreachable registry is a bad input only when nothing is known of it.</summary>
    private void Update(bool known)
    {
        progress($"reading the package indexes of {string.Join(", ", Suites)} from {mirror} (about 30 MB) …");
        var update = Apt("apt-get", "update", null, null, UpdateLimit);
        var failed = (update.Errors + update.Output).Split('\n').Where(l => l.Contains("Failed to fetch", StringComparison.Ordinal) || l.StartsWith("E:", StringComparison.Ordinal)).ToList();
        if ((update.ExitCode != 0 || failed.Count > 0) && !known && Directory.GetFiles(Lists, "*_Packages*").Length == 0)
        {
            throw new BadInputException(BadInputKind.Setup, mirror, $"cannot reach Debian's package registry at {mirror}: {(failed.FirstOrDefault() ?? update.Reason).Trim()}");
        }
    }

    private string SourcesList => Path.Combine(aptDirectory, "sources.list");

    /// <summary>The private sources list (one line per suite) and the folders apt needs, made before each use.</summary>
    private void Prepare()
    {
        Directory.CreateDirectory(Path.Combine(Lists, "partial"));
        Directory.CreateDirectory(Path.Combine(aptDirectory, "cache", "archives", "partial"));
        var security = mirror.EndsWith("/debian", StringComparison.Ordinal) ? mirror + "-security" : mirror;
        File.WriteAllLines(SourcesList, Suites.Select(s => $"deb {(s.EndsWith("-security", StringComparison.Ordinal) ? security : mirror)} {s} main"));
    }

    private ToolOutput Apt(string tool, string verb, string? argument, string? workingDirectory = null, TimeSpan? limit = null)
    {
        Prepare();
        string[] options =
        [
            "-o", $"Dir::Etc::sourcelist={SourcesList}", "-o", "Dir::Etc::sourceparts=/nonexistent",
            "-o", $"Dir::State::Lists={Lists}", "-o", $"Dir::Cache={Path.Combine(aptDirectory, "cache")}",
            "-o", $"APT::Sandbox::User={Environment.UserName}", "-o", "Acquire::Languages=none",
            "-o", "Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false", "-o", "Acquire::http::Timeout=30",
        ];
        return Tool.Required([tool, .. options, verb, .. argument is null ? Array.Empty<string>() : [argument]], limit ?? TimeSpan.FromMinutes(2), "apt", workingDirectory);
    }

    /// <summary>
    /// The signed index's fields of every version of a package, by version (one <c>apt-cache show PACKAGE</c>: a stanza
    /// per version, separated by blank lines; the first stanza of a version wins).
    /// </summary>
    private Dictionary<string, Dictionary<string, string>> Stanzas(string package) =>
        Apt("apt-cache", "show", package).Output.Replace("\r", "", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(stanza => stanza.Split('\n')
                .Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0]))
                .Select(l => l.Split(':', 2, StringSplitOptions.TrimEntries)).Where(f => f.Length == 2)
                .GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.First()[1]))
            .Where(fields => fields.ContainsKey("Version"))
            .GroupBy(fields => fields["Version"])
            .ToDictionary(g => g.Key, g => g.First());

    /// <summary><c>http://deb.debian.org/debian bookworm-backports/main amd64 Packages</c> → <c>bookworm-backports/main</c>.</summary>
    private static string SuiteOf(string source) => source.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words ? words[1] : source;
}
