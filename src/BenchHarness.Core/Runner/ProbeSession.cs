namespace BenchHarness.Core.Runner;

/// <summary>What one probe process has said so far: its hello, its samples, done or error.</summary>
internal sealed class ProbeSession
{
    public string? Arch { get; private set; }

    public string? Os { get; private set; }

    public string? Runtime { get; private set; }

    /// <summary>Nanoseconds from process start to the probe's hello line, measured by the host.</summary>
    public long? StartupNs { get; private set; }

    /// <summary>Nanoseconds from process start to the probe's ready line (inputs generated, application initialised).</summary>
    public long? ReadyNs { get; private set; }

    /// <summary>What the workload's samples are: <c>iterations</c> (timed by the probe) or <c>startup</c> (the host's ready times).</summary>
    public string? Measure { get; private set; }

    public bool Done { get; private set; }

    public string? Error { get; private set; }

    public List<long> WarmNs { get; } = [];

    public int Samples { get; private set; }

    public sealed record Sample(string Kind, long Ns, string Checksum);

    /// <summary>Takes one stdout line; returns the sample it carried, if any.</summary>
    public Sample? Accept(string line, long elapsedNs)
    {
        var message = ProbeMessage.TryParse(line);
        switch (message?.Type)
        {
            case "hello":
                StartupNs ??= elapsedNs;
                Arch = message.Text("arch");
                Os = message.Text("os");
                Runtime = message.Text("runtime");
                return null;
            case "ready":
                ReadyNs ??= elapsedNs;
                Measure = message.Text("measure");
                return null;
            case "sample" when message.Text("kind") is { } kind && message.Number("ns") is { } ns && message.Text("checksum") is { } checksum:
                Samples++;
                if (kind == "warm")
                {
                    WarmNs.Add(ns);
                }

                return new Sample(kind, ns, checksum);
            case "done":
                Done = true;
                return null;
            case "error":
                Error = message.Text("message") ?? "the probe reported an error without a message";
                return null;
            default:
                return null;
        }
    }

    public string Describe() => StartupNs is null ? "before the probe said hello" : $"after {Samples} samples";
}
