using System.Text.RegularExpressions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>Reads host files (<c>run --host FILE</c>) and gives their platforms the host's qualified names.</summary>
public static partial class HostLoader
{
    public static HostDefinition Load(string path, ProjectLayout layout)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException(BadInputKind.MissingFile, path, $"host file '{path}' does not exist.");
        }

        var host = DefinitionJson.Read<HostDefinition>(path, "host");
        if (!IsMachineName(host.Name ?? ""))
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"host file '{path}': its name '{host.Name}' must be letters, digits, '-', '_' or '.' (it is part of platform names: box64@NAME).");
        }

        if (host.Ssh is null || string.IsNullOrWhiteSpace(host.Ssh.Host) || host.Ssh.Host.StartsWith('-'))
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"host file '{path}': ssh.host must name the machine (an address, a name, or an alias of ~/.ssh/config).");
        }

        if (host.Ssh.Port is < 1 or > 65535)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"host file '{path}': ssh.port {host.Ssh.Port} is not a TCP port (1–65535).");
        }

        if (host.Ssh.Identity is { } identity && !File.Exists(SshDestination.Home(identity)))
        {
            throw new BadInputException(BadInputKind.MissingFile, path,
                $"host file '{path}': ssh.identity '{identity}' does not exist: make the key (ssh-keygen -t ed25519 -f {identity}) and add its .pub to the host's ~/.ssh/authorized_keys, or leave \"identity\" out to use ssh's own keys.");
        }

        if (host.Platforms is null || host.Platforms.Count == 0)
        {
            throw new BadInputException(BadInputKind.BadDefinition, path, $"host file '{path}' names no platforms to run there (\"platforms\": [\"native-arm64-aot\", \"box64\"]).");
        }

        try
        {
            _ = Platforms(host, layout);
        }
        catch (BadInputException e)
        {
            throw new BadInputException(e.Kind, path, $"host file '{path}': {e.Message}");
        }

        return host;
    }

    /// <summary>Several host files: their names must differ.</summary>
    public static IReadOnlyList<HostDefinition> LoadAll(IReadOnlyList<string> paths, ProjectLayout layout)
    {
        var hosts = paths.Select(p => (Path: p, Host: Load(p, layout))).ToList();
        if (hosts.GroupBy(h => h.Host.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new BadInputException(BadInputKind.AlreadyExists, twice.Key, $"host files {string.Join(" and ", twice.Select(h => $"'{h.Path}'"))} are both named '{twice.Key}': each host needs a name of its own.");
        }

        return hosts.Select(h => h.Host).ToList();
    }

    /// <summary>The host's platforms (and the baselines and references they are compared with), under the names <c>PLATFORM@HOST</c>.</summary>
    public static IReadOnlyList<PlatformDefinition> Platforms(HostDefinition host, ProjectLayout layout) =>
        PlatformLoader.Select(host.Platforms, layout).Select(p => Qualify(p, host.Name)).ToList();

    public static PlatformDefinition Qualify(PlatformDefinition platform, string host) => platform with
    {
        Name = $"{platform.Name}@{host}",
        Baseline = platform.Baseline is { } b ? $"{b}@{host}" : null,
        Reference = platform.Reference is { } r ? $"{r}@{host}" : null,
        Remote = host,
    };

    /// <summary>A machine's name, as host files and merge give it: letters, digits, '-', '_' and '.', up to 64.</summary>
    public static bool IsMachineName(string name) => Name().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex Name();
}
