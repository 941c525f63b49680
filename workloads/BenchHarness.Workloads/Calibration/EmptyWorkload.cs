using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.Calibration;

/// <summary>
/// Does nothing: its samples are the probe's own timing overhead per iteration (two timestamps and the call),
/// which scripts/efficiency.sh reports. Not an office action; no suite lists it.
/// </summary>
public sealed class EmptyWorkload : IWorkload
{
    public string Name => "probe-empty";

    public string Family => "calibration";

    public string Description => "Nothing: measures the probe's timing overhead per iteration (not an office action)";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(context.Seed);

    private sealed class Prepared(int seed) : IPreparedWorkload
    {
        public ulong Run() => (ulong)seed;

        public void Dispose()
        {
        }
    }
}
