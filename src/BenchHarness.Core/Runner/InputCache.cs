using System.Diagnostics;
using System.Globalization;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Protocol;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Every workload's inputs, generated once per (probe build, size, seed) by the host's own native probe and kept
/// under the state folder (<c>inputs/BUILD-SIZE-SEED/</c>) with a SHA-256 of each file. Every launch then reads them
/// (<c>--inputs</c>) instead of generating them under emulation. The folder is checked against its hashes before
/// each run; a damaged one is made again. Without the host's native probe, probes generate their inputs as before.
/// </summary>
public static class InputCache
{
    public const string Manifest = "SHA256SUMS";

    /// <summary>The folder of checked inputs for the suite, made if needed; null when there is no native probe to make it.</summary>
    public static string? Ensure(ProjectLayout layout, Suite suite, Action<string> progress)
    {
        var probe = layout.ProbePath($"{HostPlatform.Current}-aot");
        if (!File.Exists(probe))
        {
            progress($"inputs: no native probe at {probe}; each process generates its own inputs");
            return null;
        }

        var size = suite.Size == InputSize.Small ? ProbeProtocol.Size.Small : ProbeProtocol.Size.Standard;
        var folder = Path.Combine(layout.StateDirectory, "inputs", $"{MachineProbe.Fingerprint(probe)}-{size}-{suite.Seed.ToString(CultureInfo.InvariantCulture)}");
        if (Intact(folder, "inputs", progress))
        {
            return folder;
        }

        var clock = Stopwatch.StartNew();
        var temporary = Temporary(folder);
        Generate(probe, size, suite.Seed, temporary);
        Seal(temporary, folder);
        progress($"inputs: generated once by the native probe in {clock.Elapsed.TotalSeconds:0.0} s into {folder}");
        return folder;
    }

    /// <summary>True when <paramref name="folder"/> holds inputs that match their hashes; a damaged one is said and removed.</summary>
    public static bool Intact(string folder, string what, Action<string> progress)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        if (Damaged(folder) is not { } damage)
        {
            return true;
        }

        progress($"{what}: {damage} in {folder}; making them again");
        Directory.Delete(folder, recursive: true);
        return false;
    }

    /// <summary>An empty folder beside <paramref name="folder"/> to make the inputs in, before <see cref="Seal"/> moves it.</summary>
    public static string Temporary(string folder)
    {
        var temporary = $"{folder}.{Environment.ProcessId}.tmp";
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        return temporary;
    }

    /// <summary>Lists every file of <paramref name="temporary"/> with its SHA-256 and moves it, complete, to <paramref name="folder"/>.</summary>
    public static void Seal(string temporary, string folder)
    {
        File.WriteAllLines(Path.Combine(temporary, Manifest),
            Directory.GetFiles(temporary).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(name => $"{MachineProbe.Sha256(Path.Combine(temporary, name!))}  {name}"));
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        Directory.Move(temporary, folder);
    }

    /// <summary>What is wrong with a folder of inputs (a file missing, changed or unlisted), or null when every file matches its hash.</summary>
    public static string? Damaged(string folder)
    {
        var manifest = Path.Combine(folder, Manifest);
        if (!File.Exists(manifest))
        {
            return $"no {Manifest}";
        }

        var listed = File.ReadAllLines(manifest).Where(l => l.Length > 0).Select(l => l.Split("  ", 2)).ToList();
        foreach (var entry in listed)
        {
            var path = Path.Combine(folder, entry[^1]);
            if (!File.Exists(path))
            {
                return $"{entry[^1]} is missing";
            }

            if (MachineProbe.Sha256(path) != entry[0])
            {
                return $"{entry[^1]} does not match its SHA-256";
            }
        }

        return listed.Count == 0 ? $"{Manifest} lists nothing" : null;
    }

    private static void Generate(string probe, string size, int seed, string folder)
    {
        var start = new ProcessStartInfo(probe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { ProbeProtocol.Command.Inputs, ProbeProtocol.Option.Size, size, ProbeProtocol.Option.Seed, seed.ToString(CultureInfo.InvariantCulture), ProbeProtocol.Option.Out, folder })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{probe} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new BadInputException(BadInputKind.Setup, probe, $"{probe} did not generate the inputs within 10 minutes");
        }

        if (process.ExitCode != 0)
        {
            var error = output.Split('\n').LastOrDefault(l => l.Contains("\"error\"", StringComparison.Ordinal)) ?? stderr.Result;
            throw new BadInputException(BadInputKind.Setup, probe, $"{probe} could not generate the inputs (exit code {process.ExitCode}): {error.Trim()}");
        }
    }
}
