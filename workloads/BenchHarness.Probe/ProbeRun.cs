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

            Measure(prepared, ProbeProtocol.Kind.Cold, 0);
            for (var i = 0; i < options.Warmup; i++)
            {
                Measure(prepared, ProbeProtocol.Kind.Warmup, i);
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

    private void Measure(IPreparedWorkload prepared, string kind, int iteration)
    {
        var start = Stopwatch.GetTimestamp();
        var checksum = prepared.Run();
        var elapsed = Stopwatch.GetTimestamp() - start;
        writer.Write(json =>
        {
            json.WriteString(ProbeProtocol.Field.Type, ProbeProtocol.Message.Sample);
            json.WriteString(ProbeProtocol.Field.Kind, kind);
            json.WriteNumber(ProbeProtocol.Field.Iteration, iteration);
            json.WriteNumber(ProbeProtocol.Field.Ns, Nanoseconds(elapsed));
            json.WriteString(ProbeProtocol.Field.Checksum, checksum.ToString("x16"));
        });
    }

    private static long Nanoseconds(long ticks) => (long)(ticks * (1e9 / Stopwatch.Frequency));

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
}
