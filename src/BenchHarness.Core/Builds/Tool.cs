using System.Diagnostics;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Builds;

/// <summary>What a tool run to completion printed, and its exit code.</summary>
public sealed record ToolOutput(int ExitCode, string Output, string Errors)
{
    /// <summary>The last non-empty line of standard error (else of standard output): the reason a tool gives when it fails.</summary>
    public string Reason =>
        (Errors + "\n" + Output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } lines
            ? LastOf(Errors) ?? lines[^1] : $"exit code {ExitCode}, nothing printed";

    private static string? LastOf(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}

/// <summary>Runs a tool the build store needs (apt-get, dpkg, a fetched emulator's --version) with a time limit.</summary>
public static class Tool
{
    /// <summary>
    /// Runs <paramref name="argv"/> to completion; null when the program cannot be started (missing, not executable). A
    /// run past <paramref name="limit"/> is ended and reported as exit code 124, as timeout(1) does.
    /// </summary>
    public static ToolOutput? Run(IReadOnlyList<string> argv, TimeSpan limit, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(argv[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in argv.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ToolOutput(124, output.Result, errors.Result + $"\n{Path.GetFileName(argv[0])} did not finish within {limit.TotalSeconds:0} s");
            }

            return new ToolOutput(process.ExitCode, output.Result, errors.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>As <see cref="Run"/>, for a tool this machine must have: its absence is a set-up problem.</summary>
    public static ToolOutput Required(IReadOnlyList<string> argv, TimeSpan limit, string package, string? workingDirectory = null) =>
        Run(argv, limit, workingDirectory) ?? throw new BadInputException(BadInputKind.Setup, argv[0],
            $"'{argv[0]}' is not on this machine: install Debian's {package} package (./scripts/setup.sh does).");
}
