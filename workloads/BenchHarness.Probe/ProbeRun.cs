using System.Diagnostics;
using BenchHarness.Protocol;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Probe;

/// <summary>
/// One workload in this process: inputs read from the host's folder or generated (untimed), then the cold first invocation, the warmup
/// iterations and the measured warm iterations, each reported as a raw sample in nanoseconds.
/// </summary>
internal sealed class ProbeRun(ProbeOptions options, ProbeWriter writer)
{
    public void Execute()
    {
        var workload = WorkloadCatalog.Find(options.Workload)
            ?? throw new ArgumentException($"unknown workload '{options.Workload}'");
        var scratch = Path.Combine(Path.GetTempPath(), $"benchharness-{Environment.ProcessId}");
        Directory.CreateDirectory(scratch);
        try
        {
            var fonts = WorkloadFonts.Beside;
            var started = Stopwatch.GetTimestamp();
            var store = options.Inputs is { } inputs ? InputStore.ReadingFrom(inputs, options.Size, options.Seed) : null;
            using var prepared = workload.Prepare(new WorkloadContext(options.Size, options.Seed, scratch, fonts, store));
            writer.Write(json =>
            {
                json.WriteString(ProbeProtocol.Field.Type, ProbeProtocol.Message.Ready);
                json.WriteString(ProbeProtocol.Field.Workload, workload.Name);
                json.WriteNumber(ProbeProtocol.Field.PrepareNs, Nanoseconds(Stopwatch.GetTimestamp() - started));
                json.WriteString(ProbeProtocol.Field.Measure, workload.MeasuresStartUp ? ProbeProtocol.Measure.Startup : ProbeProtocol.Measure.Iterations);
            });

            if (options.Pause)
            {
                Pause(ProbeProtocol.At.Ready, 0);
            }

            Measure(prepared, ProbeProtocol.Kind.Cold, 0);
            for (var i = 0; i < options.Warmup; i++)
            {
                Measure(prepared, ProbeProtocol.Kind.Warmup, i);
            }

            if (options.Pause)
            {
                for (var i = 0; i < options.Iterations; i++)
                {
                    if (!Measure(prepared, ProbeProtocol.Kind.Warm, i, paused: true))
                    {
                        break;
                    }
                }

                return;
            }

            var stop = StopSignal.ListenOnStandardInput();
            var budget = Stopwatch.GetTimestamp();
            for (var i = 0; i < options.Iterations; i++)
            {
                Measure(prepared, ProbeProtocol.Kind.Warm, i);
                if (i + 1 >= ProbeOptions.MinimumIterations && (stop.Requested || Seconds(Stopwatch.GetTimestamp() - budget) > options.MaxSeconds))
                {
                    break;
                }
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <param name="paused">Stand still before and after the invocation until the host says go (<see cref="ProbeProtocol.Option.Pause"/>).</param>
    /// <returns>False when the host said stop before it: the invocation did not run.</returns>
    private bool Measure(IPreparedWorkload prepared, string kind, int iteration, bool paused = false)
    {
        if (paused && !Pause(ProbeProtocol.At.Before, iteration))
        {
            return false;
        }

        var start = Stopwatch.GetTimestamp();
        var checksum = prepared.Run();
        var elapsed = Stopwatch.GetTimestamp() - start;
        if (paused)
        {
            Pause(ProbeProtocol.At.After, iteration);
        }

        writer.Write(json =>
        {
            json.WriteString(ProbeProtocol.Field.Type, ProbeProtocol.Message.Sample);
            json.WriteString(ProbeProtocol.Field.Kind, kind);
            json.WriteNumber(ProbeProtocol.Field.Iteration, iteration);
            json.WriteNumber(ProbeProtocol.Field.Ns, Nanoseconds(elapsed));
            json.WriteString(ProbeProtocol.Field.Checksum, checksum.ToString("x16"));
        });
        return true;
    }

    /// <summary>
    /// Says where it stands and waits for the host's go (true) or stop (false: no further warm invocation); the end of stdin
    /// goes on (a host that never answers cannot hang it).
    /// </summary>
    private bool Pause(string at, int iteration)
    {
        writer.Write(json =>
        {
            json.WriteString(ProbeProtocol.Field.Type, ProbeProtocol.Message.Pause);
            json.WriteString(ProbeProtocol.Field.At, at);
            json.WriteNumber(ProbeProtocol.Field.Iteration, iteration);
        });
        while (Console.In.ReadLine()?.Trim() is { } line)
        {
            if (line == ProbeProtocol.GoLine || line == ProbeProtocol.StopLine)
            {
                return line == ProbeProtocol.GoLine;
            }
        }

        return true;
    }

    private static long Nanoseconds(long ticks) => (long)(ticks * (1e9 / Stopwatch.Frequency));

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
}
