using BenchHarness.Core.Model;
using BenchHarness.Protocol;

namespace BenchHarness.Core.Runner;

/// <summary>What one probe process has said so far: its hello, its samples, done or error.</summary>
internal sealed class ProbeSession
{
    public string? Arch { get; private set; }

    public string? Os { get; private set; }

    public string? Runtime { get; private set; }

    /// <summary>The instruction-set extensions the guest's runtime sees; null when its hello did not say (an older probe).</summary>
    public IReadOnlyList<string>? Isa { get; private set; }

    /// <summary>Nanoseconds from process start to the probe's hello line, measured by the host.</summary>
    public long? StartupNs { get; private set; }

    /// <summary>Nanoseconds from process start to the probe's ready line (inputs generated, application initialised).</summary>
    public long? ReadyNs { get; private set; }

    /// <summary>What the workload's samples are: timed iterations, or the host's ready times (a start-up workload).</summary>
    public Measure? Measure { get; private set; }

    public bool Done { get; private set; }

    /// <summary>What went wrong, said by the probe or found in what it said (another protocol version, a message out of place).</summary>
    public string? Error { get; private set; }

    /// <summary>Set when the probe speaks another protocol version: what to tell the user.</summary>
    public string? ProtocolMismatch { get; private set; }

    public List<long> WarmNs { get; } = [];

    public int Samples { get; private set; }

    /// <summary>Lines that were not the probe's protocol (garbage, a line cut short), and the first of them, shortened.</summary>
    public int ForeignLines { get; private set; }

    public string? FirstForeignLine { get; private set; }

    public sealed record Sample(SampleKind Kind, long Ns, string Checksum);

    /// <summary>Takes one stdout line; returns the sample it carried, if any. Nothing is accepted after a protocol mismatch.</summary>
    public Sample? Accept(string line, long elapsedNs)
    {
        var message = ProbeMessage.TryParse(line);
        if (message is null && line.Length > 0)
        {
            ForeignLines++;
            FirstForeignLine ??= new string(line.Take(60).Select(c => char.IsControl(c) ? '?' : c).ToArray()) + (line.Length > 60 ? "…" : "");
        }

        if (message is null || (Error is not null && message.Type != ProbeProtocol.Message.Error))
        {
            return null;
        }

        switch (message.Type)
        {
            case ProbeProtocol.Message.Hello:
                StartupNs ??= elapsedNs;
                Arch = message.Text(ProbeProtocol.Field.Arch);
                Os = message.Text(ProbeProtocol.Field.Os);
                Runtime = message.Text(ProbeProtocol.Field.Runtime);
                Isa = message.Texts(ProbeProtocol.Field.Isa);
                if (message.Number(ProbeProtocol.Field.Protocol) is var version && version != ProbeProtocol.Version)
                {
                    Error = ProtocolMismatch = $"the probe speaks protocol {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, this BenchHarness speaks {ProbeProtocol.Version}: rebuild the probes (./scripts/build-probes.sh)";
                }

                return null;
            case ProbeProtocol.Message.Ready:
                ReadyNs ??= elapsedNs;
                Measure = message.Text(ProbeProtocol.Field.Measure) switch
                {
                    ProbeProtocol.Measure.Iterations => Model.Measure.Iterations,
                    ProbeProtocol.Measure.Startup => Model.Measure.Startup,
                    _ => null,
                };
                return null;
            case ProbeProtocol.Message.Sample when StartupNs is not null && ParseKind(message.Text(ProbeProtocol.Field.Kind)) is { } kind
                && message.Number(ProbeProtocol.Field.Ns) is { } ns && message.Text(ProbeProtocol.Field.Checksum) is { } checksum:
                Samples++;
                if (kind == SampleKind.Warm)
                {
                    WarmNs.Add(ns);
                }

                return new Sample(kind, ns, checksum);
            case ProbeProtocol.Message.Done:
                Done = true;
                return null;
            case ProbeProtocol.Message.Error:
                Error = message.Text(ProbeProtocol.Field.Message) ?? "the probe reported an error without a message";
                return null;
            default:
                return null;
        }
    }

    private static SampleKind? ParseKind(string? kind) => kind switch
    {
        ProbeProtocol.Kind.Cold => SampleKind.Cold,
        ProbeProtocol.Kind.Warmup => SampleKind.Warmup,
        ProbeProtocol.Kind.Warm => SampleKind.Warm,
        _ => null,
    };

    /// <summary>How far the probe got: before its hello, while preparing its inputs (hello but not ready), or after so many samples.</summary>
    public string Describe() => (StartupNs is null ? "before the probe said hello"
            : ReadyNs is null && Samples == 0 ? "after the probe said hello, before its inputs were ready"
            : $"after {Counted.Of(Samples, "sample", "samples")}")
        + (ForeignLines > 0 ? $", with {Counted.Of(ForeignLines, "line", "lines")} on stdout that are not the probe's protocol (first: '{FirstForeignLine}')" : "");
}
