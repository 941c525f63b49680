using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Finds and ends every process a run started, wherever it went: each launch carries the environment variable
/// <see cref="Variable"/> with this sweep's token, and every descendant inherits it, including one that left its
/// process group or was re-parented to init (a double fork, Wine's <c>wineserver</c>, a daemon an emulator starts).
/// A process that clears its own environment escapes; none of the emulators here does. Linux only (<c>/proc</c>);
/// elsewhere a sweep finds nothing and the launcher's tree kill is all there is.
/// </summary>
public sealed class ProcessSweep
{
    /// <summary>The environment variable that marks a run's processes.</summary>
    public const string Variable = "BENCHHARNESS_RUN";

    /// <summary>
    /// Helpers an emulator keeps between its launches on purpose, as a user's session does: Wine's server for the
    /// harness's prefix (<c>wineserver64</c>) and the Windows system processes it runs (<c>C:\windows\system32\services.exe</c>,
    /// <c>explorer.exe</c>, <c>rpcss.exe</c> …), which go when the server goes. Left running between launches (each
    /// launch would otherwise pay for starting them), ended with everything else at a timeout and when the run ends.
    /// </summary>
    public static bool IsSessionHelper(string name, string commandLine) =>
        name.StartsWith("wineserver", StringComparison.Ordinal) || commandLine.StartsWith(@"C:\windows\system32\", StringComparison.OrdinalIgnoreCase);

    private const int SigTerm = 15;
    private const int SigKill = 9;
    private static readonly TimeSpan TermGrace = TimeSpan.FromSeconds(2);

    public ProcessSweep(string? token = null) =>
        Token = token ?? $"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>The token of a run folder: the same for the run and for its resume, which so finds what a killed run left running.</summary>
    public static string TokenFor(string runDirectory) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(runDirectory).TrimEnd('/'))))[..16];

    /// <summary>This run's mark: the value of <see cref="Variable"/> in every process it starts.</summary>
    public string Token { get; }

    /// <summary>One process found: its id, its command name (<c>/proc/PID/comm</c>), and whether it is a <see cref="IsSessionHelper"/>.</summary>
    public sealed record Found(int Pid, string Name, bool SessionHelper)
    {
        public override string ToString() => $"{Name} (pid {Pid.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>The processes alive now that carry this run's mark.</summary>
    public IReadOnlyList<Found> Find()
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var mark = Encoding.UTF8.GetBytes($"{Variable}={Token}\0");
        var found = new List<Found>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllBytes(Path.Combine(directory, "environ"));
                if (Contains(environ, mark))
                {
                    var name = File.ReadAllText(Path.Combine(directory, "comm")).Trim();
                    var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                    found.Add(new Found(pid, name, IsSessionHelper(name, commandLine)));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone since the listing, or another user's: not this run's.
            }
        }

        return found;
    }

    /// <summary>
    /// Ends every marked process (but session helpers unless <paramref name="helpersToo"/>): SIGTERM, up to
    /// 2 s to go, then SIGKILL. Returns those it found.
    /// </summary>
    public IReadOnlyList<Found> EndAll(bool helpersToo)
    {
        var found = Find().Where(p => helpersToo || !p.SessionHelper).ToList();
        if (found.Count == 0)
        {
            return found;
        }

        foreach (var process in found)
        {
            _ = Kill(process.Pid, SigTerm);
        }

        var alive = WaitForEnd(found, TermGrace);
        foreach (var process in alive)
        {
            _ = Kill(process.Pid, SigKill);
        }

        // SIGKILL cannot be refused, but takes a moment: return once they are gone.
        _ = WaitForEnd(alive, TimeSpan.FromSeconds(2));
        return found;
    }

    /// <summary>Waits up to <paramref name="limit"/> for the processes to end; returns those still running.</summary>
    private List<Found> WaitForEnd(List<Found> processes, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var alive = processes;
        while (alive.Count > 0)
        {
            var stillMarked = Find().Select(p => p.Pid).ToHashSet();
            alive = alive.Where(p => stillMarked.Contains(p.Pid) && !Zombie(p.Pid)).ToList();
            if (alive.Count == 0 || clock.Elapsed >= limit)
            {
                break;
            }

            Thread.Sleep(20);
        }

        return alive;
    }

    /// <summary>A process that has exited but not been waited for by its parent: it holds nothing but its entry.</summary>
    private static bool Zombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName > 0 && stat.Length > afterName + 2 && stat[afterName + 2] is 'Z' or 'X';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static bool Contains(byte[] environ, byte[] mark)
    {
        // Variables are NUL-separated: the mark must start the block or follow a NUL.
        for (var offset = 0; ;)
        {
            var at = environ.AsSpan(offset).IndexOf(mark);
            if (at < 0)
            {
                return false;
            }

            at += offset;
            if (at == 0 || environ[at - 1] == 0)
            {
                return true;
            }

            offset = at + 1;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
