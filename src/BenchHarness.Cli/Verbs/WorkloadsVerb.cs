using System.CommandLine;
using BenchHarness.Core.Model;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>workloads</c>: every workload, its family and the office action it stands for; then the generators a command's inputs may name.</summary>
internal static class WorkloadsVerb
{
    public static Command Command()
    {
        var command = new Command("workloads", "Lists the workloads with their family and the office action each stands for, then the generators of command workloads' inputs.");
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

        Console.WriteLine();
        Console.WriteLine("Generators of command workloads' inputs (\"generator\" in a suite's command inputs):");
        var generators = Workloads.Inputs.OfficeFiles.Generators;
        var generatorWidth = generators.Keys.Max(g => g.Length);
        foreach (var (name, description) in generators)
        {
            Console.WriteLine($"{name.PadRight(generatorWidth)}  {description}");
        }

        return 0;
    }
}
