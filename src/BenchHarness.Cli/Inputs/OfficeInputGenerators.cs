using BenchHarness.Core.Platforms;
using BenchHarness.Core.Runner;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Cli.Inputs;

/// <summary>The workloads library's office-file generators (<see cref="OfficeFiles"/>), for command workloads' inputs.</summary>
public sealed class OfficeInputGenerators : IInputGenerators
{
    public static readonly OfficeInputGenerators Instance = new();

    public IReadOnlyCollection<string> Names => OfficeFiles.Generators.Keys.ToList();

    /// <summary>The workloads library's build: a new build may write other bytes.</summary>
    public string Version { get; } = MachineProbe.Fingerprint(typeof(OfficeFiles).Assembly.Location);

    public void Write(string generator, InputSize size, int seed, int? count, string path) => OfficeFiles.Write(generator, size, seed, count, path);
}
