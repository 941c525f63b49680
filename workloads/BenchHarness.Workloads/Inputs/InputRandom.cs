namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood: "Fast splittable pseudorandom number generators", OOPSLA 2014).
/// Our own generator rather than <see cref="Random"/>, so inputs stay identical across runtimes and versions.
/// </summary>
public sealed class InputRandom(int seed)
{
    private ulong _state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, max).</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    /// <summary>A value in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>A number with two decimals in [0, max).</summary>
    public double NextAmount(int max) => Next(max * 100) / 100.0;
}
