using System.Diagnostics;
using System.Globalization;
using BenchHarness.Protocol;

namespace BenchHarness.Probe;

/// <summary>
/// <c>stamp --timeout S [--env NAME=VALUE]… -- ARGV…</c>: the host's stopwatch on a remote machine. It starts ARGV
/// (no shell) and writes each of its stdout lines prefixed with the nanoseconds since the start, measured here, so
/// that start-up and ready times are the remote machine's and never include the network. A line <c>stop</c> on its
/// stdin is passed on; its stdin closing without one means the connection is gone, and ARGV's process tree is
/// killed. It ends with one line: <c>!exit CODE WALL_NS</c>, <c>!timeout WALL_NS</c> or <c>!start-error MESSAGE</c>.
/// The native probe of the remote machine runs it; it is never the thing measured.
/// </summary>
internal static class Stamp
{
    public static int Run(string[] args)
    {
        var separator = Array.IndexOf(args, "--");
        if (separator < 0 || separator == args.Length - 1)
        {
            Console.Error.WriteLine($"usage: BenchHarness.Probe {ProbeProtocol.Command.Stamp} --timeout SECONDS [--env NAME=VALUE]... -- PROGRAM [ARGS...]");
            return 2;
        }

        var start = new ProcessStartInfo(args[separator + 1])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in args.Skip(separator + 2))
        {
            start.ArgumentList.Add(arg);
        }

        var timeout = TimeSpan.FromHours(1);
        for (var i = 0; i < separator - 1; i += 2)
        {
            if (args[i] == "--timeout")
            {
                timeout = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture));
            }
            else if (args[i] == "--env" && args[i + 1].IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
            {
                start.Environment[args[i + 1][..eq]] = args[i + 1][(eq + 1)..];
            }
        }

        var output = Console.Out;
        var gate = new Lock();
        void Say(string line)
        {
            lock (gate)
            {
                output.Write(line + "\n");
                output.Flush();
            }
        }

        using var process = new Process { StartInfo = start };
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Say($"!start-error cannot start {args[separator + 1]}: {e.Message}");
            return 0;
        }

        long lastStamp = 0;
        var stdout = new Thread(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                var stamp = clock.Elapsed.Ticks * 100;
                Interlocked.Exchange(ref lastStamp, stamp);
                Say($"{stamp.ToString(CultureInfo.InvariantCulture)} {line}");
            }
        }) { IsBackground = true };
        stdout.Start();
        var lost = false;
        var stdin = new Thread(() =>
        {
            var stopped = false;
            try
            {
                while (Console.In.ReadLine() is { } line)
                {
                    if (!stopped && line.Trim() == ProbeProtocol.StopLine)
                    {
                        stopped = true;
                        process.StandardInput.WriteLine(ProbeProtocol.StopLine);
                        process.StandardInput.Close();
                    }
                }
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
            {
                // The child has gone; its exit is reported below.
            }

            if (!stopped)
            {
                // The host closed the connection without asking to stop: nobody reads any more.
                lost = true;
                Kill(process);
            }
        }) { IsBackground = true };
        stdin.Start();

        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            Kill(process);
            process.WaitForExit();
        }

        var wall = clock.Elapsed.Ticks * 100;
        stdout.Join(TimeSpan.FromSeconds(1));
        // A line the reader took after the exit was seen (a busy machine) was written before it: the end is never stamped before the last line.
        wall = Math.Max(wall, Interlocked.Read(ref lastStamp));
        if (!lost)
        {
            Say(exited ? $"!exit {process.ExitCode.ToString(CultureInfo.InvariantCulture)} {wall.ToString(CultureInfo.InvariantCulture)}"
                : $"!timeout {wall.ToString(CultureInfo.InvariantCulture)}");
        }

        return 0;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
