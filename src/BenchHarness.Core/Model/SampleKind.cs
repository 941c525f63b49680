namespace BenchHarness.Core.Model;

/// <summary>Which invocation of a fresh process a sample timed.</summary>
public enum SampleKind
{
    /// <summary>The first invocation: JIT and translation caches empty.</summary>
    Cold,

    /// <summary>A warm-up invocation between cold and warm: journaled, left out of the statistics.</summary>
    Warmup,

    /// <summary>A measured iteration after warm-up.</summary>
    Warm,
}
