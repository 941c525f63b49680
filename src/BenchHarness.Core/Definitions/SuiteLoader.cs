using BenchHarness.Core.Model;

namespace BenchHarness.Core.Definitions;

/// <summary>Loads a suite by shipped name or path and checks it against the known workloads.</summary>
public static class SuiteLoader
{
    /// <summary>Fresh processes per cell at most, in a suite or from the command line (docs/robustness.md).</summary>
    public const int MostLaunches = 1000;

    /// <param name="knownGenerators">The generators a command's inputs may name; none when not given.</param>
    /// <param name="rules">The rules of each entry's kind (<c>Runner.WorkloadKinds.Validate</c>); without them every entry must be a probe workload.</param>
    public static Suite Load(string nameOrPath, ProjectLayout layout, IReadOnlyCollection<string> knownWorkloads, IReadOnlyCollection<string>? knownGenerators = null,
        WorkloadRules? rules = null)
    {
        var path = DefinitionJson.Resolve(nameOrPath, layout.SuitesDirectory, "suite");
        var suite = DefinitionJson.Read<Suite>(path, "suite") with { FileSha256 = Platforms.MachineProbe.Fingerprint(path) };
        Validate(suite, path, new KnownNames(knownWorkloads, knownGenerators ?? []), rules ?? ProbeWorkload);
        return suite;
    }

    /// <summary>
    /// The suite cut down to the named workloads (<c>run --workload</c>), in the suite's order; a name the suite does
    /// not hold is bad input. Its description says which were kept, and the index of such a run covers them only.
    /// </summary>
    public static Suite Only(Suite suite, IReadOnlyCollection<string> workloads)
    {
        if (workloads.Count == 0)
        {
            return suite;
        }

        var unknown = workloads.Where(w => suite.Workloads.All(s => s.Name != w)).ToList();
        if (unknown.Count > 0)
        {
            throw new BadInputException(BadInputKind.UnknownName, unknown[0], $"suite '{suite.Name}' has no workload '{unknown[0]}' (it has: {string.Join(", ", suite.Workloads.Select(w => w.Name))}).");
        }

        var kept = suite.Workloads.Where(w => workloads.Contains(w.Name)).ToList();
        return suite with { Workloads = kept, Description = $"{suite.Description} (only {string.Join(", ", kept.Select(w => w.Name))})".TrimStart() };
    }

    /// <summary>
    /// The suite with every workload run in <paramref name="launches"/> fresh processes (asked for on the command line), for
    /// example the number <c>compare</c> says a change needs; null keeps the suite's own. Below 1 is bad input.
    /// </summary>
    public static Suite WithLaunches(Suite suite, int? launches)
    {
        if (launches is null)
        {
            return suite;
        }

        if (launches < 1)
        {
            throw new BadInputException(BadInputKind.BadArgument, $"{launches} launches per cell: a cell needs at least 1 fresh process.");
        }

        if (launches > MostLaunches)
        {
            throw new BadInputException(BadInputKind.BadArgument, $"{launches} launches per cell: at most 1,000 (more is a typo that would run for weeks).");
        }

        return suite with
        {
            Launches = launches.Value,
            Workloads = suite.Workloads.Select(w => w with { Launches = null }).ToList(),
            Description = $"{suite.Description} ({launches} launches per cell)".TrimStart(),
        };
    }

    /// <summary>The suite counted in host instructions instead of timed (<see cref="Runner.InstructionCount"/>), its description saying so.</summary>
    public static Suite WithMeasure(Suite suite, MeasureKind measure) => measure == MeasureKind.Time ? suite : suite with
    {
        Measure = measure,
        Description = $"{suite.Description} (counted in host instructions per warm invocation, under valgrind)".TrimStart(),
    };

    /// <summary>The rule of a probe workload: the probe must know its name.</summary>
    public static void ProbeWorkload(SuiteWorkload workload, KnownNames known, Action<string> problem)
    {
        if (!known.Workloads.Contains(workload.Name))
        {
            problem($"unknown workload '{workload.Name}' (known: {string.Join(", ", known.Workloads)}; or give a \"command\")");
        }
    }

    public static void Validate(Suite suite, string source, KnownNames known, WorkloadRules rules)
    {
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                throw new BadInputException(BadInputKind.BadDefinition, source, $"suite '{source}': {problem}");
            }
        }

        Check(Enum.IsDefined(suite.Size), "size must be 'small' or 'standard'");
        Check(suite.Workloads.Count > 0, "it lists no workloads");
        // The upper bounds are far beyond any useful run; a number above one is a typo that would otherwise run for days.
        Check(suite.Launches is >= 1 and <= MostLaunches, "launches must lie between 1 and 1,000");
        Check(suite.Iterations is >= 3 and <= 100_000, "iterations must lie between 3 and 100,000");
        Check(suite.Warmup is >= 0 and <= 10_000, "warmup must lie between 0 and 10,000");
        Check(suite.MaxAttempts is >= 1 and <= 100, "maxAttempts must lie between 1 and 100");
        Check(suite.TimeoutSeconds is > 0 and <= 86_400 && suite.MaxSecondsPerLaunch is > 0 and <= 86_400,
            "timeoutSeconds and maxSecondsPerLaunch must be positive and at most a day (86400)");
        Check(suite.TargetRelativeHalfWidth is > 0 and < 1, "targetRelativeHalfWidth must lie between 0 and 1 (0.02 is ±2%)");
        Check(suite.EquivalenceMargin is > 0 and < 1, "equivalenceMargin must lie between 0 and 1 (0.05 is ±5%)");
        foreach (var workload in suite.Workloads)
        {
            rules(workload, known, problem => Check(false, problem));
            Check(workload.Weight > 0 && double.IsFinite(workload.Weight), $"workload '{workload.Name}' needs a positive weight");
            Check(workload.Launches is null or (>= 1 and <= MostLaunches), $"workload '{workload.Name}': launches must lie between 1 and 1,000");
        }

        Check(suite.Workloads.Select(w => w.Name).Distinct().Count() == suite.Workloads.Count, "a workload is listed twice");
        Check(suite.Baseline is null || !string.IsNullOrWhiteSpace(suite.Baseline), "baseline, when given, must name a native platform");
        Check(suite.Platforms is null || (suite.Platforms.Count > 0 && suite.Platforms.All(p => !string.IsNullOrWhiteSpace(p))), "platforms, when given, must name at least one platform");
    }
}
