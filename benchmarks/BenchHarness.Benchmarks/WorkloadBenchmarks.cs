using BenchHarness.Workloads.Catalog;
using BenchmarkDotNet.Attributes;

namespace BenchHarness.Benchmarks;

/// <summary>Every workload of the catalog as a benchmark, on the same generated inputs as the probe (same size and seed).</summary>
[MemoryDiagnoser]
public class WorkloadBenchmarks
{
    private IPreparedWorkload? _prepared;
    private string? _scratch;

    public static IEnumerable<string> Workloads => WorkloadCatalog.All.Select(w => w.Name);

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "";

    [Params(InputSize.Small)]
    public InputSize Size { get; set; } = InputSize.Small;

    [GlobalSetup]
    public void Setup()
    {
        _scratch = Path.Combine(Path.GetTempPath(), $"benchharness-bdn-{Environment.ProcessId}");
        Directory.CreateDirectory(_scratch);
        _prepared = WorkloadCatalog.Find(Workload)!.Prepare(new WorkloadContext(Size, 42, _scratch, WorkloadFonts.Beside));
    }

    [Benchmark]
    public ulong Run() => _prepared!.Run();

    [GlobalCleanup]
    public void Cleanup()
    {
        _prepared?.Dispose();
        if (_scratch is not null)
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }
}
