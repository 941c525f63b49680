using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Starts real processes: no shell, a timeout that kills the whole process tree, stderr's tail kept. A launch
/// ends when the process has exited and its pipes are closed, or, when the spec recognises the last line, as
/// soon as that line is read: a pipe held open by a process left behind (Wine's wineserver inherits them and
/// lingers for seconds) is then not waited for; stderr gets <see cref="DrainGrace"/> to deliver its tail. Every
/// process a launch started is marked (<see cref="ProcessSweep"/>): what a launch leaves behind is ended when it
/// ends (but Wine's server, which a session keeps), everything at a timeout, and everything when the launcher is disposed;
/// Wine's server and its system processes only when no other run's launch is using them (<see cref="SharedSession"/>).
/// </summary>
public sealed class SystemProcessLauncher(ProcessSweep? sweep = null) : IProcessLauncher, IDisposable
{
    private readonly ProcessSweep _sweep = sweep ?? new ProcessSweep();
    private readonly List<SystemProcessLauncher> _lanes = [];

    private const int StderrTailChars = 2000;

    /// <summary>The longest stdout line kept whole: a protocol line is well under a kilobyte.</summary>
    private const int MaxLineChars = 64 * 1024;
    private static readonly TimeSpan DrainGrace = TimeSpan.FromMilliseconds(250);

    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, Func<string, long, bool> onLine, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var start = new ProcessStartInfo(spec.Argv[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in spec.Argv.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in spec.Environment)
        {
            start.Environment[name] = value;
        }

        // Set last: a platform's env cannot unmark its processes.
        start.Environment[Model.ProcessMark.Variable] = _sweep.Token;

        // Held while the launch's processes run, so that no other run ends the Wine server they use (SharedSession).
        // Let go before the sweep at the launch's end, or here if the launch throws first.
        using var session = SharedSession.Join(_sweep.Session);
        return await RunAsync(spec, start, onLine, session, cancellation).ConfigureAwait(false);
    }

    private async Task<ProcessOutcome> RunAsync(ProcessSpec spec, ProcessStartInfo start, Func<string, long, bool> onLine, IDisposable session, CancellationToken cancellation)
    {
        using var process = new Process { StartInfo = start };
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new ProcessOutcome(null, false, "", 0, $"cannot start {spec.Argv[0]}: {e.Message}");
        }

        using var readers = new CancellationTokenSource();
        var stderr = new StringBuilder();
        var stderrTask = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardError.ReadAsync(buffer, readers.Token).ConfigureAwait(false)) > 0)
            {
                stderr.Append(buffer, 0, read);
                if (stderr.Length > 4 * StderrTailChars)
                {
                    stderr.Remove(0, stderr.Length - StderrTailChars);
                }
            }
        }, CancellationToken.None);
        var lastLine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stdoutTask = Task.Run(async () =>
        {
            try
            {
                var lines = new BoundedLineReader(process.StandardOutput, MaxLineChars);
                while (await lines.ReadLineAsync(readers.Token).ConfigureAwait(false) is { } line)
                {
                    line = line.TrimEnd('\r');
                    if (onLine(line, clock.Elapsed.Ticks * 100))
                    {
                        AskToStop(process);
                    }

                    if (spec.Answer?.Invoke(line, process.Id) is { } answer)
                    {
                        Tell(process, answer);
                    }

                    if (spec.IsLastLine?.Invoke(line) == true)
                    {
                        lastLine.TrySetResult();
                        return;
                    }
                }
            }
            catch (Exception) when (!readers.IsCancellationRequested)
            {
                // The caller could not take a line (e.g. the journal failed): stop the process rather than let it block on a full pipe.
                process.Kill(entireProcessTree: true);
                throw;
            }
        }, CancellationToken.None);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(spec.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellation.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var wall = clock.Elapsed.Ticks * 100;
        try
        {
            // All of stdout (its end, or its last line); after a kill or a timeout, what the pipes still deliver in the grace.
            var stdoutRead = Task.WhenAny(stdoutTask, lastLine.Task).Unwrap();
            await (timedOut || cancellation.IsCancellationRequested
                ? stdoutRead.WaitAsync(DrainGrace, CancellationToken.None)
                : stdoutRead.WaitAsync(limit.Token)).ConfigureAwait(false);
            await stderrTask.WaitAsync(DrainGrace, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        catch (OperationCanceledException) when (!readers.IsCancellationRequested)
        {
            // The time limit ran out while a process left behind still held the pipes.
        }

        readers.Cancel();

        await Drained(stdoutTask).ConfigureAwait(false);
        await Drained(stderrTask).ConfigureAwait(false);
        // What the launch left behind, found by its mark wherever it went; after a timeout or an interruption, Wine's server
        // too, unless another run's launch is using it (the session is let go first, or this launch would be that launch).
        session.Dispose();
        var leftBehind = _sweep.EndAll(helpersToo: timedOut || cancellation.IsCancellationRequested);
        cancellation.ThrowIfCancellationRequested();
        var tail = stderr.Length > StderrTailChars ? stderr.ToString(stderr.Length - StderrTailChars, StderrTailChars) : stderr.ToString();
        return new ProcessOutcome(timedOut ? null : process.ExitCode, timedOut, tail.Trim(), wall)
        {
            LeftBehind = leftBehind.Where(p => !p.SessionHelper).Select(p => p.Name).ToList(),
        };
    }

    /// <summary>Writes <c>stop</c> to the process's stdin once and closes it; a process that already exited is not asked.</summary>
    private static void AskToStop(Process process)
    {
        try
        {
            if (process.StandardInput.BaseStream.CanWrite)
            {
                process.StandardInput.WriteLine("stop");
                process.StandardInput.Close();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process has gone: nothing to stop.
        }
    }

    /// <summary>Writes one line to the process's stdin; a process that already exited is not told.</summary>
    private static void Tell(Process process, string line)
    {
        try
        {
            process.StandardInput.WriteLine(line);
            process.StandardInput.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process has gone: nobody to tell.
        }
    }

    /// <summary>Waits for a pipe reader that has read to the end or was cancelled after the grace period.</summary>
    private static async Task Drained(Task reader)
    {
        try
        {
            await reader.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Ends every process still running with this launcher's mark (a killed run's, on resume); returns their names.</summary>
    public IReadOnlyList<string> EndLeftovers() => _sweep.EndAll(helpersToo: true).Select(p => p.ToString()).ToList();

    /// <summary>
    /// A launcher marking its processes with this one's token and "-lane" and the number, so that what a lane's launch leaves
    /// behind is ended by that lane alone; created, it ends what a killed run's lane of that number left running.
    /// </summary>
    public IProcessLauncher? Lane(int number)
    {
        var lane = new SystemProcessLauncher(new ProcessSweep($"{_sweep.Token}-lane{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}", _sweep.Session));
        lane.EndLeftovers();
        lock (_lanes)
        {
            _lanes.Add(lane);
        }

        return lane;
    }

    /// <summary>
    /// Ends every process the launches started that is still running, its lanes' too, and Wine's server unless another
    /// run's launch is using it (<see cref="SharedSession"/>).
    /// </summary>
    public void Dispose()
    {
        lock (_lanes)
        {
            _lanes.ForEach(l => l.Dispose());
        }

        _sweep.EndAll(helpersToo: true);
    }
}
