using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;

namespace BenchHarness.Core.Runner;

/// <summary>The files the harness can generate for command workloads (a report .docx, a workbook, a CSV, slides …).</summary>
public interface IInputGenerators
{
    IReadOnlyCollection<string> Names { get; }

    /// <summary>Changes whenever what a generator writes may change (the generators' build): part of the inputs' cache key.</summary>
    string Version { get; }

    void Write(string generator, InputSize size, int seed, int? count, string path);
}

/// <summary>
/// A command workload's inputs, made once per (inputs as specified, suite size and seed, generators' build, supplied
/// files' content) under the state folder (<c>command-inputs/KEY/</c>) with a SHA-256 of each file, checked before
/// each run like the probe's inputs (<see cref="InputCache"/>). A supplied document is checked by
/// <see cref="DocumentGuard"/> before it is copied in.
/// </summary>
public static class CommandInputs
{
    public static string Ensure(ProjectLayout layout, Suite suite, SuiteWorkload workload, IInputGenerators generators, Action<string> progress)
    {
        var command = workload.Command ?? throw new ArgumentException($"{workload.Name} is not a command", nameof(workload));
        foreach (var input in command.Inputs.Where(i => i.Path is not null))
        {
            DocumentGuard.Check(input.Path!);
        }

        var folder = Path.Combine(layout.StateDirectory, "command-inputs", $"{workload.Name}-{Key(suite, command, generators)}");
        if (InputCache.Intact(folder, $"inputs of {workload.Name}", progress))
        {
            return folder;
        }

        var clock = Stopwatch.StartNew();
        var temporary = InputCache.Temporary(folder);
        Directory.CreateDirectory(temporary);
        foreach (var input in command.Inputs)
        {
            var path = Path.Combine(temporary, input.File);
            if (input.Path is { } supplied)
            {
                File.Copy(supplied, path);
            }
            else
            {
                generators.Write(input.Generator!, suite.Size, suite.Seed, input.Count, path);
            }
        }

        if (command.Inputs.Count == 0)
        {
            File.WriteAllText(Path.Combine(temporary, "none.txt"), "this command has no inputs\n");
        }

        InputCache.Seal(temporary, folder);
        progress($"inputs of {workload.Name}: made in {clock.Elapsed.TotalSeconds:0.0} s into {folder}");
        return folder;
    }

    private static string Key(Suite suite, CommandWorkload command, IInputGenerators generators)
    {
        var text = new StringBuilder().Append(generators.Version).Append('|').Append(suite.Size).Append('|').Append(suite.Seed.ToString(CultureInfo.InvariantCulture));
        foreach (var input in command.Inputs)
        {
            text.Append('|').Append(input.File).Append(':').Append(input.Generator).Append(':').Append(input.Count?.ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(input.Path is { } path ? MachineProbe.Sha256(path) : "");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
