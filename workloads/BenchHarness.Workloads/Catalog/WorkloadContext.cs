namespace BenchHarness.Workloads.Catalog;

/// <summary>Everything a workload may depend on: its input size, its seed, a scratch folder and the font.</summary>
/// <param name="Size">Input size: <see cref="InputSize.Small"/> for quick runs and tests, standard otherwise.</param>
/// <param name="Seed">Seed of the input generator; the same seed gives the same inputs on every platform.</param>
/// <param name="ScratchDirectory">A folder the workload may write to; the caller deletes it.</param>
/// <param name="Fonts">The TrueType fonts used for layout and rendering, identical on every target.</param>
/// <param name="Store">Where the generated inputs come from: a folder the host prepared, or (null) generated here.</param>
public sealed record WorkloadContext(InputSize Size, int Seed, string ScratchDirectory, WorkloadFonts Fonts, Inputs.InputStore? Store = null)
{
    /// <summary>The inputs of this size and seed, read from the host's folder or generated in the process.</summary>
    public Inputs.InputStore Inputs => Store ?? BenchHarness.Workloads.Inputs.InputStore.Generating(Size, Seed);
}

/// <summary>
/// The size of a suite's generated inputs: the one enum of workloads, probe and harness (Core names it as its own),
/// written <c>small</c> and <c>standard</c> in suites, result.json and the probe's <c>--size</c>.
/// </summary>
public enum InputSize
{
    Small,
    Standard,
}
