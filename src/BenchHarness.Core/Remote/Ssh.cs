using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;

namespace BenchHarness.Core.Remote;

/// <summary>
/// The <c>ssh</c> command lines the harness runs: batch mode (never a prompt), strict host-key checking (an unknown
/// key is refused, never accepted), keep-alives so that a dead connection is noticed within seconds, and the
/// remote command as one string of single-quoted words for the host's POSIX shell.
/// </summary>
public static class Ssh
{
    /// <summary>Seconds between keep-alives, and how many may go unanswered before ssh gives up on the connection.</summary>
    public const int AliveInterval = 5;
    public const int AliveCountMax = 3;

    /// <summary>ssh's own exit code when the connection failed or was lost (a remote command's codes are passed through).</summary>
    public const int ConnectionFailed = 255;

    /// <summary>The argv of <c>ssh</c> running <paramref name="remoteCommand"/> (a shell command line) on the destination.</summary>
    public static IReadOnlyList<string> Argv(SshDestination to, string remoteCommand)
    {
        var argv = new List<string>
        {
            "ssh", "-T",
            "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=yes",
            "-o", "ConnectTimeout=15",
            "-o", $"ServerAliveInterval={AliveInterval}",
            "-o", $"ServerAliveCountMax={AliveCountMax}",
            "-o", "LogLevel=ERROR",
        };
        if (to.KnownHosts is { } known)
        {
            argv.AddRange(["-o", $"UserKnownHostsFile={Home(known)}"]);
        }

        if (to.Identity is { } identity)
        {
            argv.AddRange(["-i", Home(identity), "-o", "IdentitiesOnly=yes"]);
        }

        foreach (var option in to.Options)
        {
            argv.AddRange(["-o", option]);
        }

        if (to.Port is { } port)
        {
            argv.AddRange(["-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (to.User is { } user)
        {
            argv.AddRange(["-l", user]);
        }

        argv.AddRange([to.Host, "--", remoteCommand]);
        return argv;
    }

    /// <summary>Words quoted for a POSIX shell: each in single quotes, so that nothing in them is interpreted.</summary>
    public static string Quote(IEnumerable<string> words) => PosixShell.Quote(words);

    public static string Quote(string word) => PosixShell.Quote(word);

    /// <summary>A leading <c>~/</c> is the local home folder.</summary>
    public static string Home(string path) => SshDestination.Home(path);

    /// <summary>
    /// What ssh's stderr says about a failure to connect, as bad input (authentication, an unknown or changed host key)
    /// or null when it is the network (refused, unreachable, timed out, lost), which a later resume may get past.
    /// </summary>
    public static string? RefusalOf(string stderr, HostDefinition host)
    {
        var where = $"host {host.Name} ({host.Ssh})";
        var known = host.Ssh.KnownHosts is { } k ? Home(k) : "~/.ssh/known_hosts";
        if (stderr.Contains("REMOTE HOST IDENTIFICATION HAS CHANGED", StringComparison.Ordinal))
        {
            return $"{where}: its host key has CHANGED since it was recorded in {known}: find out why before removing the old key (ssh-keygen -R).";
        }

        if (stderr.Contains("Host key verification failed", StringComparison.Ordinal) || stderr.Contains("No ED25519 host key is known", StringComparison.Ordinal)
            || stderr.Contains("host key is known", StringComparison.Ordinal))
        {
            return $"{where}: its host key is not in {known}, and host keys are never accepted silently: check its fingerprint, then add it (ssh-keyscan, or one interactive ssh login).";
        }

        if (stderr.Contains("Permission denied", StringComparison.Ordinal) || stderr.Contains("Too many authentication failures", StringComparison.Ordinal))
        {
            return $"{where}: authentication failed ({LastLine(stderr)}): check the user and the identity file, and that the key is in the host's authorized_keys.";
        }

        if (stderr.Contains("Could not resolve hostname", StringComparison.Ordinal) || stderr.Contains("Bad configuration option", StringComparison.Ordinal)
            || stderr.Contains("no argument after keyword", StringComparison.Ordinal) || stderr.Contains("Identity file", StringComparison.Ordinal))
        {
            return $"{where}: {LastLine(stderr)}";
        }

        return null;
    }

    internal static string LastLine(string text) => Runner.LaunchRunner.LastLine(text) ?? "no message";
}
