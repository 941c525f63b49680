using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace BenchHarness.Core.Runner;

/// <summary>Starts real processes: no shell, a timeout that kills the whole process tree, stderr's tail kept.</summary>
public sealed class SystemProcessLauncher : IProcessLauncher
{
    private const int StderrTailChars = 2000;

    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, Action<string, long> onLine, CancellationToken cancellation)
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

        process.StandardInput.Close();
        var stderr = new StringBuilder();
        var stderrTask = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardError.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                stderr.Append(buffer, 0, read);
                if (stderr.Length > 4 * StderrTailChars)
                {
                    stderr.Remove(0, stderr.Length - StderrTailChars);
                }
            }
        }, CancellationToken.None);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(spec.Timeout);
        var timedOut = false;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(limit.Token).ConfigureAwait(false) is { } line)
            {
                onLine(line.TrimEnd('\r'), clock.Elapsed.Ticks * 100);
            }

            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellation.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
        }

        await stderrTask.ConfigureAwait(false);
        var tail = stderr.Length > StderrTailChars ? stderr.ToString(stderr.Length - StderrTailChars, StderrTailChars) : stderr.ToString();
        return new ProcessOutcome(timedOut ? null : process.ExitCode, timedOut, tail.Trim(), clock.Elapsed.Ticks * 100);
    }
}
