using BenchHarness.Core.Model;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>workloads</c>: every workload, its family and the office action it stands for.</summary>
internal static class WorkloadsVerb
{
    public static int Execute(IEnumerable<string> args)
    {
        Arguments.Parse(args, "workloads").WithoutPositionals("workloads");

        var width = WorkloadCatalog.All.Max(w => w.Name.Length);
        foreach (var workload in WorkloadCatalog.All)
        {
            Console.WriteLine($"{workload.Name.PadRight(width)}  {workload.Family,-12} {workload.Description}");
        }

        return 0;
    }
}
