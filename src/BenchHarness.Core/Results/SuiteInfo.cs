using BenchHarness.Core.Model;

namespace BenchHarness.Core.Results;

/// <summary>The suite as run: its sampling settings and the office-day weights of its workloads.</summary>
public sealed record SuiteInfo
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public required InputSize Size { get; init; }

    /// <summary>The seed every input was generated from (absent in results before issue 10).</summary>
    public int? Seed { get; init; }

    /// <summary>Fresh processes per cell (a workload may ask for more; see its cells).</summary>
    public required int Launches { get; init; }

    /// <summary>Warm iterations per launch, at most.</summary>
    public required int Iterations { get; init; }

    /// <summary>Each workload's share of an office day.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    public double TargetRelativeHalfWidth { get; init; } = 0.02;

    public double EquivalenceMargin { get; init; } = 0.05;

    /// <summary>Absent for time; <c>instructions</c> when every sample is a count of host instructions (<c>run --measure instructions</c>): the fields named <c>…Ns</c> then hold instructions.</summary>
    public MeasureKind? Measure { get; init; }

    /// <summary>The first 16 hex digits of the SHA-256 of the suite file the run loaded (absent before schema 5).</summary>
    public string? FileSha256 { get; init; }
}

/// <summary>The machine the run was made on.</summary>
public sealed record HostInfo
{
    /// <summary>Operating system and architecture in the platforms' words: <c>linux-x64</c>, <c>osx-arm64</c> ….</summary>
    public required string Platform { get; init; }

    /// <summary>CPU model, cores, memory, kernel, OS, harness revision and probe builds, as recorded when the run started (absent for older runs).</summary>
    public MachineInfo? Machine { get; init; }
}

/// <summary>Which progress table turned indices into years: its name, source and reference year.</summary>
public sealed record ProgressInfo
{
    public required string Name { get; init; }

    public required string Source { get; init; }

    public required int ReferenceYear { get; init; }
}
