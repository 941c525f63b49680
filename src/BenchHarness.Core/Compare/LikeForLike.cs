using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Compare;

/// <summary>
/// Whether two runs measured the same thing the same way: the measure (time or host instructions), the host's CPU model, the suite (its name, input size, seed
/// and workloads), the harness revision and the probe builds both used, and the same remote hosts with the same CPUs. Each difference is one line; <c>compare</c>
/// refuses unless they are accepted with <c>--force</c>.
/// </summary>
public static class LikeForLike
{
    public static IReadOnlyList<string> Differences(RunResult reference, RunResult candidate)
    {
        var differences = new List<string>();
        void Check(string what, string? a, string? b)
        {
            if (a != b)
            {
                differences.Add($"{what}: {a ?? "(not recorded)"} ≠ {b ?? "(not recorded)"}");
            }
        }

        Check("measure", MeasureName(reference), MeasureName(candidate));
        Check("suite", reference.Suite.Name, candidate.Suite.Name);
        Check("input size", reference.Suite.Size.ToString(), candidate.Suite.Size.ToString());
        Check("seed", reference.Suite.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture), candidate.Suite.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Check("workloads", string.Join(",", reference.Suite.Weights.Keys.Order(StringComparer.Ordinal)), string.Join(",", candidate.Suite.Weights.Keys.Order(StringComparer.Ordinal)));
        Check("host", reference.Host.Platform, candidate.Host.Platform);
        // Remote hosts (run --host): the same machines, each with the same CPU.
        var (remoteA, remoteB) = (reference.Machines.Where(m => m.Remote).ToList(), candidate.Machines.Where(m => m.Remote).ToList());
        Check("remote hosts", string.Join(", ", remoteA.Select(m => m.Name).Order(StringComparer.Ordinal)), string.Join(", ", remoteB.Select(m => m.Name).Order(StringComparer.Ordinal)));
        foreach (var host in remoteA.Join(remoteB, m => m.Name, m => m.Name, (x, y) => (x.Name, A: x.Machine?.CpuModel, B: y.Machine?.CpuModel)))
        {
            Check($"CPU model of host {host.Name}", host.A, host.B);
        }

        var (a, b) = (reference.Host.Machine, candidate.Host.Machine);
        if (a is null || b is null)
        {
            differences.Add($"machine: {(a is null ? "the reference run" : "the candidate run")} does not record its CPU, harness and probe builds (made before BenchHarness recorded them)");
            return differences;
        }

        Check("CPU model", a.CpuModel, b.CpuModel);
        Check("harness revision", a.Harness, b.Harness);
        differences.AddRange(ProbeBuildDifferences(reference, candidate));
        return differences;
    }

    /// <summary>
    /// The probe builds two runs used that differ, one line each (none when either run did not record them). A count moves
    /// with the probe build even where the computation does not: up to 4% under qemu-aarch64, 12% on the smallest (docs/method.md, "Only within
    /// one probe build").
    /// </summary>
    public static IReadOnlyList<string> ProbeBuildDifferences(RunResult reference, RunResult candidate) =>
        reference.Host.Machine is { } a && candidate.Host.Machine is { } b
            ? a.ProbeBuilds.Keys.Intersect(b.ProbeBuilds.Keys).Order(StringComparer.Ordinal).Where(t => a.ProbeBuilds[t] != b.ProbeBuilds[t])
                .Select(t => $"probe build {t}: {a.ProbeBuilds[t]} ≠ {b.ProbeBuilds[t]}").ToList()
            : [];

    /// <summary>The measure in words, as a difference names it.</summary>
    public static string MeasureName(RunResult run) => run.Suite.Measure.Quantity();
}
