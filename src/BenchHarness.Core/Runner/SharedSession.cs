using System.Runtime.InteropServices;

namespace BenchHarness.Core.Runner;

/// <summary>
/// The session helpers (<see cref="ProcessSweep.IsSessionHelper"/>) belong to every run on this machine, not to the one that
/// started them: Wine keeps one server per prefix, and a launch of one run connects to the server another run started. So
/// each launch holds a machine-wide lock shared while its processes run (<c>flock(2)</c> on <see cref="DefaultPath"/>), and
/// helpers are ended only by whoever takes it exclusively: when no launch of any run is in progress, and then every run's.
/// A run that ends while another's launch runs leaves them; Wine ends them itself seconds after its last client goes, and
/// the next one to end alone ends what is left.
/// <para>
/// Found in CI: a test's run of the wine platform ended, ended the Wine server it had started, and the launch of
/// wine-qemu-x86_64 another test was running on that server hung until its timeout (Wine under QEMU waits for ever for
/// a server that has gone). Linux and macOS; elsewhere there is no sweep and nothing to share.
/// </para>
/// </summary>
public static class SharedSession
{
    /// <summary>
    /// The lock file, one for the machine: in <c>/tmp</c> whatever <c>TMPDIR</c> says, since two runs with different
    /// <c>TMPDIR</c> still share a prefix's server (Wine 8 names its server folder in the prefix's <c>wineserver</c> file).
    /// </summary>
    public static string DefaultPath { get; } = OperatingSystem.IsWindows() ? Path.Combine(Path.GetTempPath(), "benchharness-session.lock") : "/tmp/benchharness-session.lock";

    /// <summary>Holds the session shared until disposed: waits while someone ends the helpers (a few seconds at most).</summary>
    public static IDisposable Join(string? path = null) => Lock.Take(path ?? DefaultPath, exclusive: false, wait: true) ?? Lock.None;

    /// <summary>
    /// Runs <paramref name="action"/> holding the session exclusively, when no launch of any run holds it; returns false
    /// without running it otherwise.
    /// </summary>
    public static bool WhenAlone(Action action, string? path = null)
    {
        using var alone = Lock.Take(path ?? DefaultPath, exclusive: true, wait: false);
        if (alone is null)
        {
            return false;
        }

        action();
        return true;
    }

    private sealed class Lock(int descriptor) : IDisposable
    {
        public static readonly IDisposable None = new Lock(-1);

        private const int LockShared = 1;
        private const int LockExclusive = 2;
        private const int LockNonBlocking = 4;
        // O_RDONLY | O_CREAT | O_CLOEXEC: flock needs no write access (another user's file will do), and a process the launch
        // starts must not inherit the lock (Wine's server would hold the session for as long as it lives, never to be ended).
        private const int OpenFlagsLinux = 0x40 | 0x80000;
        private const int OpenFlagsMac = 0x200 | 0x1000000;
        private const int Interrupted = 4; // EINTR

        private int _descriptor = descriptor;

        /// <summary>The lock taken, or null when it is not free and <paramref name="wait"/> is false (or the file cannot be opened).</summary>
        public static Lock? Take(string path, bool exclusive, bool wait)
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            {
                return exclusive ? new Lock(-1) : null;
            }

            var descriptor = Open(path, OperatingSystem.IsLinux() ? OpenFlagsLinux : OpenFlagsMac, 0b110_110_110);
            if (descriptor < 0)
            {
                // No lock file (a read-only temporary folder): sharing cannot be known, so nobody ends the helpers
                // but Wine itself; a launch goes on unprotected.
                return null;
            }

            var operation = (exclusive ? LockExclusive : LockShared) | (wait ? 0 : LockNonBlocking);
            int result;
            do
            {
                result = Flock(descriptor, operation);
            }
            while (result != 0 && Marshal.GetLastPInvokeError() == Interrupted);

            if (result == 0)
            {
                return new Lock(descriptor);
            }

            _ = Close(descriptor);
            return null;
        }

        public void Dispose()
        {
            var descriptor = Interlocked.Exchange(ref _descriptor, -1);
            if (descriptor >= 0)
            {
                // Closing the file releases its lock.
                _ = Close(descriptor);
            }
        }

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

        [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
        private static extern int Flock(int descriptor, int operation);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        private static extern int Close(int descriptor);
    }
}
