using BenchHarness.Core.Runner;
using BenchHarness.Protocol;

namespace BenchHarness.Tests.Fakes;

/// <summary>
/// A canned process: each call gets the lines and outcome a script returns for its argv. Asked to stop (the
/// host's early stop), it skips its remaining warm samples, as the probe does.
/// </summary>
internal sealed class FakeLauncher(Func<ProcessSpec, int, (IReadOnlyList<string> Lines, ProcessOutcome Outcome)> script) : IProcessLauncher
{
    public List<ProcessSpec> Started { get; } = [];

    /// <summary>Per launch, how many lines it had delivered when the host asked it to stop (null: never asked).</summary>
    public List<int?> StoppedAfter { get; } = [];

    public Task<ProcessOutcome> RunAsync(ProcessSpec spec, Func<string, long, bool> onLine, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        Started.Add(spec);
        var (lines, outcome) = script(spec, Started.Count);
        var ns = 1_000_000L;
        int? stoppedAfter = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (stoppedAfter is not null && lines[i].Contains("\"kind\":\"warm\"", StringComparison.Ordinal))
            {
                continue;
            }

            if (onLine(lines[i], ns) && stoppedAfter is null)
            {
                stoppedAfter = i + 1;
            }

            ns += 1_000_000;
        }

        StoppedAfter.Add(stoppedAfter);
        return Task.FromResult(outcome);
    }

    public static ProcessOutcome Exit(int code) => new(code, false, "", 5_000_000);

    /// <summary>The lines a healthy probe prints for a run with the given warm samples.</summary>
    public static IReadOnlyList<string> ProbeLines(string arch, string os, string checksum, params long[] warmNs) =>
        ProbeLines(arch, os, checksum, "iterations", warmNs);

    public static IReadOnlyList<string> ProbeLines(string arch, string os, string checksum, string measure, params long[] warmNs)
    {
        var lines = new List<string>
        {
            $$"""{"type":"hello","protocol":{{ProbeProtocol.Version}},"arch":"{{arch}}","os":"{{os}}","runtime":".NET test"}""",
            $$"""{"type":"ready","workload":"w","prepareNs":10,"measure":"{{measure}}"}""",
            $$"""{"type":"sample","kind":"cold","iteration":0,"ns":{{warmNs[0] * 3}},"checksum":"{{checksum}}"}""",
        };
        lines.AddRange(warmNs.Select((ns, i) => $$"""{"type":"sample","kind":"warm","iteration":{{i}},"ns":{{ns}},"checksum":"{{checksum}}"}"""));
        lines.Add("""{"type":"done"}""");
        return lines;
    }

    /// <summary>The lines with their hello saying which instruction-set extensions the runtime sees, as probes since that field do.</summary>
    public static IReadOnlyList<string> Seeing(IReadOnlyList<string> lines, params string[] isa) =>
        lines.Select(l => l.StartsWith(ProbeMessage.Prefix(ProbeProtocol.Message.Hello), StringComparison.Ordinal)
            ? $"{l[..^1]},\"{ProbeProtocol.Field.Isa}\":[{string.Join(',', isa.Select(i => $"\"{i}\""))}]}}" : l).ToList();

    /// <summary>The probe target named in a launch's argv (the folder of the probe executable).</summary>
    public static string Target(ProcessSpec spec) =>
        Path.GetFileName(Path.GetDirectoryName(spec.Argv.First(a => a.Contains("BenchHarness.Probe", StringComparison.Ordinal)))!)!;

    public static bool IsHello(ProcessSpec spec) => spec.Argv.Contains("hello");
}
