using System.Diagnostics;
using System.Globalization;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;

namespace BenchHarness.Benchmarks;

/// <summary>
/// How much of a run's wall time is measurement, and what one timed iteration costs the probe itself.
/// Efficiency: per platform and in total, its launches' wall time split into start-up (process start to the probe's
/// first line), ready (process start to the ready line: start-up and preparing inputs), the cold, warm-up and warm
/// invocations, and the timed share — cold and warm invocations over the launches' wall time (docs/performance.md) —
/// beside the share with the warm-up counted too, and the run's own wall time from its run record to its last launch.
/// Overhead: the native NativeAOT probe runs the empty workload; the median sample is what timing adds to every
/// measured iteration, and the probe's wall time per iteration adds reporting (one JSON line).
/// </summary>
internal static class Efficiency
{
    public static int Print(string runDirectory, string probePath)
    {
        var journal = JournalFile.Read(runDirectory);
        var start = journal.Run.Time!.Value;
        var end = journal.Launches[^1].Time!.Value;
        var launches = journal.Launches;
        var samples = journal.Samples;
        var rows = launches.GroupBy(l => l.Platform).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Breakdown.Of(g.Key, g.ToList(), samples.Where(s => s.Platform == g.Key).ToList())).ToList();
        var all = Breakdown.Of("all", launches, samples);
        Console.WriteLine($"Run {runDirectory}: {launches.Count} launches, run wall time {(end - start).TotalMinutes:0.0} min, launch wall time {all.Wall:0} s; "
            + $"timed share (cold and warm invocations) {Percent(all.Timed / all.Wall)}, with the warm-up {Percent((all.Timed + all.WarmUp) / all.Wall)}");
        Console.WriteLine();
        Console.WriteLine("| platform | launches | wall | start-up | ready | cold | warm-up | warm | timed share |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows.Append(all))
        {
            Console.WriteLine($"| {row.Platform} | {row.Launches} | {Seconds(row.Wall)} | {Seconds(row.StartUp)} | {Seconds(row.Ready)} | {Seconds(row.Cold)} | {Seconds(row.WarmUp)} | {Seconds(row.Warm)} | {Percent(row.Timed / row.Wall)} |");
        }

        Console.WriteLine();
        Console.WriteLine("Seconds summed over the platform's launches; the rest of a launch's wall time is writing samples and exiting.");
        Console.WriteLine();
        const int iterations = 100_000;
        var probe = Process.Start(new ProcessStartInfo(probePath, ["run", "probe-empty", "--warmup", "1000", "--iterations", $"{iterations}", "--max-seconds", "60"])
        {
            RedirectStandardOutput = true,
        })!;
        var clock = Stopwatch.StartNew();
        var lines = new List<string>();
        while (probe.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        probe.WaitForExit();
        var warm = lines.Where(l => l.Contains("\"kind\":\"warm\"", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split("\"ns\":")[1].Split(',')[0], CultureInfo.InvariantCulture)).Order().ToList();
        var readyAt = lines.FindIndex(l => l.Contains("\"type\":\"ready\"", StringComparison.Ordinal));
        Console.WriteLine($"Empty workload, native NativeAOT probe, {warm.Count} warm iterations: median sample {warm[warm.Count / 2]} ns " +
            $"(p10 {warm[warm.Count / 10]} ns, p90 {warm[warm.Count * 9 / 10]} ns); whole probe {clock.Elapsed.TotalMilliseconds:0} ms, " +
            $"{clock.Elapsed.TotalMilliseconds * 1e6 / (iterations + 1001):0} ns wall per iteration including its JSON line (ready line at {readyAt}).");
        return probe.ExitCode;
    }

    private static string Seconds(double seconds) => seconds.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>One platform's (or the run's) launch wall time, in seconds, by part.</summary>
    private sealed record Breakdown(string Platform, int Launches, double Wall, double StartUp, double Ready, double Cold, double WarmUp, double Warm)
    {
        public double Timed => Cold + Warm;

        public static Breakdown Of(string platform, IReadOnlyList<LaunchRecord> launches, IReadOnlyList<SampleRecord> samples)
        {
            double Sum(SampleKind kind) => samples.Where(s => s.Kind == kind).Sum(s => s.Ns) / 1e9;
            return new Breakdown(platform, launches.Count, launches.Sum(l => l.WallNs) / 1e9, launches.Sum(l => l.StartupNs ?? 0) / 1e9,
                launches.Sum(l => l.ReadyNs ?? 0) / 1e9, Sum(SampleKind.Cold), Sum(SampleKind.Warmup), Sum(SampleKind.Warm));
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
