using System.Globalization;
using BenchHarness.Protocol;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Probe;

/// <summary>
/// <c>run WORKLOAD [--size small|standard] [--seed N] [--warmup N] [--iterations N] [--max-seconds S] [--inputs DIR]</c>,
/// or <c>inputs [--size …] [--seed N] --out DIR</c> (the workload is then empty).
/// Warm iterations stop early once <c>--max-seconds</c> of measured time is spent (never below three); with <c>--pause warm</c>
/// they are exactly <c>--iterations</c>, each between two pauses.
/// </summary>
internal sealed record ProbeOptions(string Workload, InputSize Size, int Seed, int Warmup, int Iterations, double MaxSeconds, string? Inputs = null, string? Out = null, bool Pause = false)
{
    public const int MinimumIterations = 3;

    public static ProbeOptions Parse(string[] args)
    {
        var inputsCommand = args.FirstOrDefault() == ProbeProtocol.Command.Inputs;
        if (args.Length < 2 && !inputsCommand)
        {
            throw new ArgumentException("usage: run WORKLOAD [--size small|standard] [--seed N] [--warmup N] [--iterations N] [--max-seconds S] [--inputs DIR]");
        }

        var options = new ProbeOptions(inputsCommand ? "" : args[1], InputSize.Small, 42, 2, 10, double.PositiveInfinity);
        for (var i = inputsCommand ? 1 : 2; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                ProbeProtocol.Option.Size => options with { Size = ParseSize(value) },
                ProbeProtocol.Option.Seed => options with { Seed = ParseInt(args[i], value, 0) },
                ProbeProtocol.Option.Warmup => options with { Warmup = ParseInt(args[i], value, 0) },
                ProbeProtocol.Option.Iterations => options with { Iterations = ParseInt(args[i], value, 1) },
                ProbeProtocol.Option.MaxSeconds => options with { MaxSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                ProbeProtocol.Option.Inputs => options with { Inputs = value },
                ProbeProtocol.Option.Out => options with { Out = value },
                ProbeProtocol.Option.Pause => value == ProbeProtocol.PauseWarm ? options with { Pause = true } : throw new ArgumentException($"{args[i]} takes '{ProbeProtocol.PauseWarm}', not '{value}'"),
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return options;
    }

    private static InputSize ParseSize(string value) => value switch
    {
        ProbeProtocol.Size.Small => InputSize.Small,
        ProbeProtocol.Size.Standard => InputSize.Standard,
        _ => throw new ArgumentException($"unknown size '{value}'"),
    };

    private static int ParseInt(string name, string value, int minimum) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= minimum ? n
            : throw new ArgumentException($"{name} needs a whole number of at least {minimum}, not '{value}'");
}
