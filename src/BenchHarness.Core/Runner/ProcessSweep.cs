using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Finds and ends every process a run started, wherever it went: each launch carries the environment variable
/// <see cref="ProcessMark.Variable"/> with this sweep's token, and every descendant inherits it, including one that left its
/// process group or was re-parented to init (a double fork, Wine's <c>wineserver</c>, a daemon an emulator starts).
/// A process that clears its own environment escapes; none of the emulators here does. Linux only (<c>/proc</c>);
/// elsewhere a sweep finds nothing and the launcher's tree kill is all there is.
/// </summary>
public sealed class ProcessSweep
{
    /// <summary>
    /// Helpers an emulator keeps between its launches on purpose, as a user's session does: Wine's server for the
    /// harness's prefix (<c>wineserver64</c>) and the Windows system processes it runs (<c>C:\windows\system32\services.exe</c>,
    /// <c>explorer.exe</c>, <c>rpcss.exe</c> …), which go when the server goes. Left running between launches (each
    /// launch would otherwise pay for starting them), ended at a timeout and when the run ends, if no launch of another
    /// run is using them (<see cref="SharedSession"/>).
    /// </summary>
    public static bool IsSessionHelper(string name, string commandLine) =>
        name.StartsWith("wineserver", StringComparison.Ordinal) || commandLine.StartsWith(@"C:\windows\system32\", StringComparison.OrdinalIgnoreCase);

    private const int SigTerm = 15;
    private const int SigKill = 9;
    private static readonly TimeSpan TermGrace = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <param name="token">This run's mark; a new one when null.</param>
    /// <param name="session">The lock file of the session its launches share with other runs' (<see cref="SharedSession.DefaultPath"/> when null).</param>
    public ProcessSweep(string? token = null, string? session = null)
    {
        Token = token ?? $"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
        Session = session ?? SharedSession.DefaultPath;
    }

    /// <summary>The lock file of the session shared with other runs (<see cref="SharedSession"/>).</summary>
    public string Session { get; }

    /// <summary>The token of a run folder: the same for the run and for its resume, which so finds what a killed run left running.</summary>
    public static string TokenFor(string runDirectory) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(runDirectory).TrimEnd('/'))))[..16];

    /// <summary>This run's mark: the value of <see cref="ProcessMark.Variable"/> in every process it starts.</summary>
    public string Token { get; }

    /// <summary>
    /// One process found: its id, its command name (<c>/proc/PID/comm</c>), whether it is a <see cref="IsSessionHelper"/>,
    /// and its start time (<c>/proc/PID/stat</c>, field 22), which tells it from a later process given the same id.
    /// </summary>
    public sealed record Found(int Pid, string Name, bool SessionHelper, string StartTime)
    {
        public override string ToString() => $"{Name} (pid {Pid.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>The processes alive now that carry this run's mark.</summary>
    public IReadOnlyList<Found> Find() => Find(run => run == Token);

    /// <summary>The processes alive now that carry any run's mark.</summary>
    private static List<Found> FindEveryRuns() => Find(_ => true);

    /// <summary>
    /// Processes of other runs measuring now on this machine: marked by a run that is not this one, nor one of its lanes
    /// or hosts (whose marks begin with this one's), and not a session helper, which outlives the run that started it.
    /// </summary>
    public IReadOnlyList<Found> OtherRuns() => Find(run => !run.StartsWith(Token, StringComparison.Ordinal)).Where(p => !p.SessionHelper).ToList();

    /// <param name="ofRun">Which runs' marks to take, by the mark's value.</param>
    private static List<Found> Find(Func<string, bool> ofRun)
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var mark = Encoding.UTF8.GetBytes($"{ProcessMark.Variable}=");
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
                if (ValueOf(environ, mark) is { } run && ofRun(run) && Stat(pid) is { } stat)
                {
                    var name = File.ReadAllText(Path.Combine(directory, "comm")).Trim();
                    var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                    found.Add(new Found(pid, name, IsSessionHelper(name, commandLine), stat.StartTime));
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
    /// Ends every process with this run's mark but session helpers, and with <paramref name="helpersToo"/> the session
    /// helpers of every run, when no launch of any run is using them (<see cref="SharedSession"/>): SIGTERM, up to 2 s to
    /// go, then SIGKILL. Returns those it ended.
    /// </summary>
    public IReadOnlyList<Found> EndAll(bool helpersToo)
    {
        IReadOnlyList<Found> ended = End(Find().Where(p => !p.SessionHelper).ToList());
        if (helpersToo)
        {
            SharedSession.WhenAlone(() => ended = [.. ended, .. End(FindEveryRuns().Where(p => p.SessionHelper).ToList())], Session);
        }

        return ended;
    }

    private static List<Found> End(List<Found> found)
    {
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

    /// <summary>
    /// Waits up to <paramref name="limit"/> for the processes to end; returns those still running. They are not this
    /// process's children, so there is nothing to wait on but <c>pidfd_open</c>, which .NET does not offer: this polls
    /// their <c>/proc/PID/stat</c> every 20 ms instead, only when a launch left something behind, and at most for
    /// <paramref name="limit"/>.
    /// </summary>
    private static List<Found> WaitForEnd(List<Found> processes, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var alive = processes.Where(Running).ToList();
        while (alive.Count > 0 && clock.Elapsed < limit)
        {
            Thread.Sleep(PollInterval);
            alive = alive.Where(Running).ToList();
        }

        return alive;
    }

    /// <summary>Still the same process, and not yet exited (a zombie has exited: only its entry is left for its parent).</summary>
    private static bool Running(Found process) =>
        Stat(process.Pid) is { } stat && stat.State is not ('Z' or 'X') && stat.StartTime == process.StartTime;

    /// <summary>A process's state (field 3 of <c>/proc/PID/stat</c>) and start time (field 22); null when it is gone.</summary>
    private static (char State, string StartTime)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name, field 2, is in parentheses and may hold spaces: count the fields after its ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? (fields[0][0], fields[19]) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The value of the variable <paramref name="name"/> (its name and '=') in a NUL-separated environment block; null when it has none.</summary>
    private static string? ValueOf(byte[] environ, byte[] name)
    {
        // The name must start the block or follow a NUL; the value ends at the next NUL.
        for (var offset = 0; ;)
        {
            var at = environ.AsSpan(offset).IndexOf(name);
            if (at < 0)
            {
                return null;
            }

            at += offset;
            if (at == 0 || environ[at - 1] == 0)
            {
                var value = environ.AsSpan(at + name.Length);
                var end = value.IndexOf((byte)0);
                return Encoding.UTF8.GetString(end < 0 ? value : value[..end]);
            }

            offset = at + 1;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
