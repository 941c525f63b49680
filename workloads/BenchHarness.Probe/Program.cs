using System.Runtime.InteropServices;
using BenchHarness.Probe;
using BenchHarness.Protocol;

// The probe: `hello` or `run WORKLOAD …` (ProbeProtocol). It reports raw timings; the host does all statistics.
// On a remote machine its native build is also the host's stopwatch (`stamp`), which says no hello of its own.
if (args.FirstOrDefault() == ProbeProtocol.Command.Stamp)
{
    return BenchHarness.Probe.Stamp.Run(args[1..]);
}

var writer = new ProbeWriter(Console.OpenStandardOutput());
writer.Write(json =>
{
    json.WriteString(ProbeProtocol.Field.Type, ProbeProtocol.Message.Hello);
    json.WriteNumber(ProbeProtocol.Field.Protocol, ProbeProtocol.Version);
    json.WriteString(ProbeProtocol.Field.Arch, RuntimeInformation.ProcessArchitecture.ToString());
    json.WriteString(ProbeProtocol.Field.Os, OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "macOS" : "other");
    json.WriteString(ProbeProtocol.Field.OsDescription, RuntimeInformation.OSDescription);
    json.WriteString(ProbeProtocol.Field.Runtime, RuntimeInformation.FrameworkDescription);
    json.WriteBoolean(ProbeProtocol.Field.Aot, !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported);
    json.WriteStartArray(ProbeProtocol.Field.Isa);
    foreach (var name in InstructionSets.Supported())
    {
        json.WriteStringValue(name);
    }

    json.WriteEndArray();
});

try
{
    switch (args.FirstOrDefault())
    {
        case ProbeProtocol.Command.Hello:
            break;
        case ProbeProtocol.Command.Run:
            new ProbeRun(ProbeOptions.Parse(args), writer).Execute();
            break;
        case ProbeProtocol.Command.Inputs:
            var options = ProbeOptions.Parse(args);
            BenchHarness.Workloads.Inputs.InputStore.WriteAll(options.Out ?? throw new ArgumentException($"{ProbeProtocol.Command.Inputs} needs {ProbeProtocol.Option.Out} DIR"), options.Size, options.Seed);
            break;
        default:
            throw new ArgumentException($"usage: BenchHarness.Probe {ProbeProtocol.Command.Hello} | {ProbeProtocol.Command.Run} WORKLOAD [options] | {ProbeProtocol.Command.Inputs} [options] {ProbeProtocol.Option.Out} DIR");
    }

    writer.Write(json => json.WriteString(ProbeProtocol.Field.Type, ProbeProtocol.Message.Done));
    return 0;
}
catch (Exception e)
{
    writer.Write(json =>
    {
        json.WriteString(ProbeProtocol.Field.Type, ProbeProtocol.Message.Error);
        json.WriteString(ProbeProtocol.Field.Message, $"{e.GetType().Name}: {e.Message}");
    });
    return 1;
}
