using System.Runtime.InteropServices;
using BenchHarness.Probe;
using BenchHarness.Workloads.Catalog;

// The probe: `hello`, `list`, or `run WORKLOAD …`. It reports raw timings; the host does all statistics.
var writer = new ProbeWriter(Console.OpenStandardOutput());
writer.Write(json =>
{
    json.WriteString("type", "hello");
    json.WriteNumber("protocol", 1);
    json.WriteString("arch", RuntimeInformation.ProcessArchitecture.ToString());
    json.WriteString("os", OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "macOS" : "other");
    json.WriteString("osDescription", RuntimeInformation.OSDescription);
    json.WriteString("runtime", RuntimeInformation.FrameworkDescription);
    json.WriteBoolean("aot", !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported);
});

try
{
    switch (args.FirstOrDefault())
    {
        case "hello":
            break;
        case "list":
            foreach (var workload in WorkloadCatalog.All)
            {
                writer.Write(json =>
                {
                    json.WriteString("type", "workload");
                    json.WriteString("name", workload.Name);
                    json.WriteString("family", workload.Family);
                    json.WriteString("description", workload.Description);
                });
            }

            break;
        case "run":
            new ProbeRun(ProbeOptions.Parse(args), writer).Execute();
            break;
        default:
            throw new ArgumentException("usage: BenchHarness.Probe hello | list | run WORKLOAD [options]");
    }

    writer.Write(json => json.WriteString("type", "done"));
    return 0;
}
catch (Exception e)
{
    writer.Write(json =>
    {
        json.WriteString("type", "error");
        json.WriteString("message", $"{e.GetType().Name}: {e.Message}");
    });
    return 1;
}
