using System.CommandLine;
using BenchHarness.Core.Model;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>workloads</c>: every workload, its family and the office action it stands for.</summary>
internal static class WorkloadsVerb
{
    public static Command Command()
    {
        var command = new Command("workloads", "Lists the workloads with their family and the office action each stands for.");
        command.SetAction(_ => Execute());
        return command;
    }

    private static int Execute()
    {
        var width = WorkloadCatalog.All.Max(w => w.Name.Length);
        foreach (var workload in WorkloadCatalog.All)
        {
            Console.WriteLine($"{workload.Name.PadRight(width)}  {workload.Family,-12} {workload.Description}");
        }

        return 0;
    }
}
