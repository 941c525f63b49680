using BenchHarness.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release -- [BenchmarkDotNet arguments]         runs the benchmarks
// dotnet run -c Release -- agreement RUN_DIR BDN_REPORT.json    compares a harness run with BenchmarkDotNet's medians
// dotnet run -c Release -- efficiency RUN_DIR PROBE             measurement share of a run, the probe's timing overhead
if (args.Length == 3 && args[0] == "agreement")
{
    return Agreement.Print(args[1], args[2]);
}

if (args.Length == 3 && args[0] == "efficiency")
{
    try
    {
        return Efficiency.Print(args[1], args[2]);
    }
    catch (BenchHarness.Core.Model.BadInputException e)
    {
        // A folder that is not a run, or a corrupt journal: one line and exit code 2, as the CLI does.
        Console.Error.WriteLine($"efficiency: {e.Message}");
        return 2;
    }
}

BenchmarkSwitcher.FromAssembly(typeof(WorkloadBenchmarks).Assembly).Run(args);
return 0;
