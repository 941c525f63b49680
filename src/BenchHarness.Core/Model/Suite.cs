namespace BenchHarness.Core.Model;

/// <summary>Which workloads run, their weights in an office day, and how much to sample each cell.</summary>
public sealed record Suite
{
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Input size passed to the probe: <c>small</c> or <c>standard</c>.</summary>
    public InputSize Size { get; init; } = InputSize.Small;

    public int Seed { get; init; } = 42;

    /// <summary>Fresh processes per cell; each gives one cold sample, one start-up time and its warm samples.</summary>
    public int Launches { get; init; } = 1;

    public int Warmup { get; init; } = 1;

    /// <summary>Warm iterations per launch, at most.</summary>
    public int Iterations { get; init; } = 10;

    /// <summary>Measured warm time per launch after which the probe stops iterating (never below three iterations).</summary>
    public double MaxSecondsPerLaunch { get; init; } = 10;

    /// <summary>Wall time after which a launch is killed with its whole process tree.</summary>
    public double TimeoutSeconds { get; init; } = 300;

    /// <summary>Attempts per launch when the process crashes.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>
    /// The precision aimed for: a 95% interval's half-width over the median (0.02 = ±2%). A launch stops sampling
    /// once its own median reaches it; a cell reports whether its precision between processes (from its launches'
    /// medians) got there.
    /// </summary>
    public double TargetRelativeHalfWidth { get; init; } = 0.02;

    /// <summary>
    /// Ratios within this margin of 1 count as equivalent (0.05: between 1/1.05 and 1.05) when their 90% interval
    /// lies inside it (two one-sided tests at 0.05) and they are not significantly different.
    /// </summary>
    public double EquivalenceMargin { get; init; } = 0.05;

    public required IReadOnlyList<SuiteWorkload> Workloads { get; init; }

    /// <summary>
    /// The platforms the suite runs on when <c>run</c> names none; null for every available one. A suite of commands
    /// names those its program can run on (a LibreOffice suite: the native platform and the translators of x86-64 code).
    /// </summary>
    public IReadOnlyList<string>? Platforms { get; init; }

    /// <summary>
    /// The native platform every emulated platform of the suite is compared with on this machine, in place of its own
    /// baseline; null to keep each platform's. A suite of commands names <c>native</c>: its program is not a probe
    /// build, so neither <c>native-aot</c> nor <c>native-jit</c> says what it is.
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>
    /// What a sample is: null (time, nanoseconds) or <see cref="MeasureKind.Instructions"/> (host instructions of the
    /// whole process per warm invocation, counted under valgrind: <see cref="Runner.InstructionCount"/>).
    /// </summary>
    public MeasureKind? Measure { get; init; }

    /// <summary>
    /// The first 16 hex digits of the SHA-256 of the suite file as loaded, set by the loader (a value written in the
    /// file is replaced); <c>run --workload</c> and <c>--launches</c> change the suite after it and say so in its description.
    /// </summary>
    public string? FileSha256 { get; init; }
}

/// <summary>What a run measures; time unless a suite or <c>run --measure</c> says otherwise.</summary>
public enum MeasureKind
{
    /// <summary>Wall time of each invocation, in nanoseconds, timed by the probe (the default; a suite leaves it out).</summary>
    Time,

    /// <summary>Host instructions of each invocation, the emulator's and its translated code's, counted by valgrind.</summary>
    Instructions,
}

public static class MeasureKinds
{
    /// <summary>What a measure measures, in words: "time", "host instructions" (a run of no measure was timed).</summary>
    public static string Quantity(this MeasureKind? measure) => measure == MeasureKind.Instructions ? "host instructions" : "time";
}

/// <summary>A workload of a suite, its weight in the office-day mix, and optionally its own number of launches
/// (a start-up workload needs several fresh processes: each gives one sample). A workload of another kind than the
/// probe's has its own section, declared with its definition (<see cref="CommandWorkload"/>).</summary>
public sealed partial record SuiteWorkload(string Name, double Weight, int? Launches = null);
