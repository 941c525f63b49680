namespace BenchHarness.Core.Model;

/// <summary>The environment variable the harness sets in every process of a run, to find them all again; a platform may not set it.</summary>
public static class ProcessMark
{
    public const string Variable = "BENCHHARNESS_RUN";
}
