using System.Globalization;
using System.Text.Json;
using BenchHarness.Core.Results;

namespace BenchHarness.Benchmarks;

/// <summary>
/// Prints, per workload, the harness's warm medians (native-aot and native-jit cells of a run) beside
/// BenchmarkDotNet's median for the same workload and input, and their difference. BenchmarkDotNet runs the JIT
/// in-process, so native-jit is the like-for-like column; native-aot shows what NativeAOT changes.
/// </summary>
internal static class Agreement
{
    public static int Print(string runDirectory, string bdnReport)
    {
        var result = ResultFile.Read(runDirectory);
        using var report = JsonDocument.Parse(File.ReadAllBytes(bdnReport));
        var bdn = new Dictionary<string, double>();
        foreach (var benchmark in report.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            var parameters = benchmark.GetProperty("Parameters").GetString() ?? "";
            var workload = FullName(parameters.Split('&').Select(p => p.Split('=')).First(p => p[0] == "Workload")[1]);
            // A benchmark that failed has no statistics.
            if (benchmark.GetProperty("Statistics").ValueKind == JsonValueKind.Object)
            {
                bdn[workload] = benchmark.GetProperty("Statistics").GetProperty("Median").GetDouble();
            }
        }

        Console.WriteLine($"{"workload",-24} {"BDN median",12} {"native-jit",12} {"diff",8} {"native-aot",12} {"diff",8}");
        foreach (var (workload, bdnNs) in bdn.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var jit = Median(result, "native-jit", workload);
            var aot = Median(result, "native-aot", workload);
            Console.WriteLine($"{workload,-24} {Ms(bdnNs),12} {Ms(jit),12} {Diff(jit, bdnNs),8} {Ms(aot),12} {Diff(aot, bdnNs),8}");
        }

        return 0;
    }

    /// <summary>BenchmarkDotNet shortens long parameter values in its report ("files(...)ntial [22]"): find the workload they stand for.</summary>
    private static string FullName(string shown)
    {
        var cut = shown.IndexOf("(...)", StringComparison.Ordinal);
        if (cut < 0)
        {
            return shown;
        }

        var (head, tail) = (shown[..cut], shown[(cut + 5)..].Split(' ')[0]);
        return BenchHarness.Workloads.Catalog.WorkloadCatalog.All.Select(w => w.Name)
            .SingleOrDefault(n => n.StartsWith(head, StringComparison.Ordinal) && n.EndsWith(tail, StringComparison.Ordinal)) ?? shown;
    }

    private static double? Median(RunResult result, string platform, string workload) =>
        result.Cells.FirstOrDefault(c => c.Platform == platform && c.Workload == workload)?.MedianNs;

    private static string Ms(double? ns) => ns is { } v ? (v / 1e6).ToString("0.000", CultureInfo.InvariantCulture) + " ms" : "–";

    private static string Diff(double? harness, double bdn) =>
        harness is { } h ? ((h / bdn) - 1).ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture) : "–";
}
