using System.Text.Json;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// bisect end to end with the real qemu-aarch64: six synthetic builds, shell wrappers around the installed QEMU of which
/// builds 4 to 6 switch translation-block chaining off (<c>-d nochain</c>, 1.45–2.2× slower here) when, and only when,
/// the probe is asked to run text-find-replace. bisect on that workload must name build 4, measuring only what the search
/// needs. A small suite (four launches per look up to twelve, small inputs) and a 20% threshold (the planted step is 1.5–2.5×) keeps it to a minute or two; it runs alone: it measures the machine.
/// </summary>
[Trait("Category", "Integration")]
[Collection(RunsAlone.Name)]
public sealed class BisectOnBuildsTests
{
    private const int FirstBad = 4;

    /// <summary>What each step's folder holds: a real run with its report, and the gate of its last look.</summary>
    private static readonly string[] StepFiles = ["journal.jsonl", "result.json", "report.md", "compare.md"];

    [Fact]
    [Trait("Category", "Long")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Bisect_over_six_synthetic_builds_finds_the_build_that_slowed_one_workload()
    {
        var root = TestData.TempDirectory();
        var qemu = Core.Platforms.HostPlatform.FindProgram("qemu-aarch64");
        Assert.True(qemu is not null, "qemu-aarch64 not found (run ./scripts/setup.sh)");
        var builds = Enumerable.Range(1, 6).Select(n =>
        {
            var path = Path.Combine(root, $"build-{n}", "qemu-aarch64");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // The probe is launched as: qemu-aarch64 -L ROOT PROBE run WORKLOAD options (LaunchCommand.Run).
            File.WriteAllText(path, n >= FirstBad
                ? $"#!/bin/sh\ncase \" $* \" in *\" run text-find-replace \"*) exec {qemu} -d nochain \"$@\";; esac\nexec {qemu} \"$@\"\n"
                : $"#!/bin/sh\nexec {qemu} \"$@\"\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return path;
        }).ToList();
        var suite = Path.Combine(root, "bisect-small.json");
        File.WriteAllText(suite, """
            { "name": "bisect-small", "description": "Small inputs, four fresh processes per cell, up to twenty warm iterations: the bisect integration test",
              "size": "small", "seed": 42, "launches": 4, "warmup": 0, "iterations": 20, "maxSecondsPerLaunch": 0.5, "targetRelativeHalfWidth": 0.02,
              "equivalenceMargin": 0.05, "timeoutSeconds": 240, "maxAttempts": 3,
              "workloads": [ { "name": "text-find-replace", "weight": 0.5 }, { "name": "text-wordcount-sort", "weight": 0.5 } ] }
            """);
        var output = Path.Combine(root, "bisect");

        // A budget of 24 launches per build (looks at 7, 14, 21, 24): with 12 (looks at 5, 10, 12, the first unable to decide),
        // a clean-clone run of 2026-12-03 left the unchanged build 3 undecided ([0.86× – 1.29×] against 1.20× at 12 launches).

        var (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(10), [.. builds.Prepend("bisect"), "--platform", "qemu-aarch64", "--workload", "text-find-replace",
            "--suite", suite, "--threshold", "20%", "--budget", "24", "--out", output]);

        Assert.True(exit == 0, $"bisect: exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains($"FOUND: build {FirstBad} ({builds[FirstBad - 1]}) is the first bad build for qemu-aarch64 · text-find-replace", stdout, StringComparison.Ordinal);
        var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "bisect.json"))).RootElement;
        Assert.Equal(FirstBad, json.GetProperty("firstBad").GetProperty("number").GetInt32());
        var steps = json.GetProperty("steps").EnumerateArray().ToList();
        // The last build first, then 1…6 halved: build 3 (good), build 4 (bad) — three steps, builds 2 and 5 never measured.
        Assert.Equal([6, 3, 4], steps.Select(s => s.GetProperty("pair").GetProperty("build").GetInt32()));
        Assert.Equal(["regression", "pass", "regression"], steps.Select(s => s.GetProperty("verdict").GetString()));
        foreach (var (step, i) in steps.Select((s, i) => (s, i + 1)))
        {
            Assert.Contains($"bisect: step {i}: build {step.GetProperty("pair").GetProperty("build").GetInt32()} against build 1 at ", stderr, StringComparison.Ordinal);
            var folder = step.GetProperty("folder").GetString()!;
            Assert.All(StepFiles, f => Assert.True(File.Exists(Path.Combine(folder, f)), $"{folder}/{f}"));
        }

        Assert.Contains("Bonferroni", File.ReadAllText(Path.Combine(output, "bisect.md")), StringComparison.Ordinal);
    }
}
