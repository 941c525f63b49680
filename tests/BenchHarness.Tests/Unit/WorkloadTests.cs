using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Tests.Unit;

public sealed class WorkloadTests
{
    public static TheoryData<string> AllWorkloads() => new(WorkloadCatalog.All.Select(w => w.Name));

    [Theory]
    [MemberData(nameof(AllWorkloads))]
    public void Every_workload_gives_the_same_checksum_every_time_and_another_for_other_inputs(string name)
    {
        var workload = WorkloadCatalog.Find(name)!;
        using var first = workload.Prepare(new WorkloadContext(InputSize.Small, 42, Fakes.TestData.TempDirectory(), WorkloadFonts.Beside));
        using var other = workload.Prepare(new WorkloadContext(InputSize.Small, 7, Fakes.TestData.TempDirectory(), WorkloadFonts.Beside));
        var checksum = first.Run();

        Assert.Equal(checksum, first.Run());
        Assert.NotEqual(checksum, other.Run());
    }

    [Fact]
    public void Checksums_ignore_last_bit_floating_point_differences_but_not_real_ones()
    {
        static ulong Of(double v)
        {
            var c = new Checksum();
            c.Add(v);
            return c.Value;
        }

        Assert.Equal(Of(0.3), Of(0.1 + 0.2));
        Assert.NotEqual(Of(0.3), Of(0.30001));
    }
}
