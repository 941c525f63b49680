using System.Diagnostics;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Fakes;

/// <summary>Runs the real CLI (built beside the tests) as a process, as a user would.</summary>
internal static class CliProcess
{
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Run(TimeSpan.FromMinutes(2), args);

    public static (int Exit, string Stdout, string Stderr) Run(TimeSpan timeout, params string[] args) => Run(timeout, new Dictionary<string, string>(), args);

    /// <param name="environment">Variables set for the process (BENCHHARNESS_HOME defaults to this checkout).</param>
    public static (int Exit, string Stdout, string Stderr) Run(TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "benchharness.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["BENCHHARNESS_HOME"] = ProjectLayout.Discover().Root;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"benchharness {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the CLI in this process and returns the bad input it refused, with the kind and subject that its one line on stderr does not show.</summary>
    public static Task<BadInputException> BadInputAsync(params string[] args) =>
        Assert.ThrowsAsync<BadInputException>(() => Cli.CommandLine.InvokeAsync(args, CancellationToken.None));
}
