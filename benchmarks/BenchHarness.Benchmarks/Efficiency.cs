using System.Diagnostics;
using System.Globalization;
using BenchHarness.Core.Journal;

namespace BenchHarness.Benchmarks;

/// <summary>
/// How much of a run's wall time is measurement, and what one timed iteration costs the probe itself.
/// Efficiency: the sum of every timed iteration (cold, warmup and warm samples) over the run's wall time (from its
/// run record to its last launch record), per platform (the sum of its launches' wall times) and in total.
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
        var samples = journal.Samples;
        var launches = journal.Launches;
        var wall = (end - start).TotalSeconds;
        var measured = samples.Sum(s => s.Ns) / 1e9;
        Console.WriteLine($"Run {runDirectory}: {launches.Count} launches, wall {wall:0.0} s, inside timed iterations {measured:0.0} s = {Percent(measured / wall)}");
        Console.WriteLine();
        Console.WriteLine("| platform | launches | launch wall (s) | timed iterations (s) | share | start to ready, median (ms) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var platform in launches.GroupBy(l => l.Platform).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var platformWall = platform.Sum(l => l.WallNs) / 1e9;
            var platformMeasured = samples.Where(s => s.Platform == platform.Key).Sum(s => s.Ns) / 1e9;
            var ready = platform.Where(l => l.ReadyNs is not null).Select(l => l.ReadyNs!.Value / 1e6).Order().ToList();
            Console.WriteLine($"| {platform.Key} | {platform.Count()} | {platformWall:0.0} | {platformMeasured:0.0} | {Percent(platformMeasured / platformWall)} | {(ready.Count > 0 ? ready[ready.Count / 2] : 0):0} |");
        }

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

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
