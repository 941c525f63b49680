using System.Diagnostics;

namespace BenchHarness.Core.Platforms;

/// <summary>What a short command prints (a version, git's status): run with a 10 s limit, null when it cannot run, fails or hangs.</summary>
public static class CommandOutput
{
    /// <summary>
    /// Standard output, or standard error when the command printed nothing else; null when it is missing or hangs,
    /// or exits non-zero and <paramref name="requireSuccess"/> (a version command may exit 1 and still say its version).
    /// </summary>
    /// <param name="standardOutputOnly">Standard output even when it is blank (a tool's output that is data, not a message).</param>
    public static string? Read(IReadOnlyList<string> argv, string? workingDirectory = null, bool requireSuccess = false, bool standardOutputOnly = false)
    {
        if (argv.Count == 0 || HostPlatform.FindProgram(argv[0]) is not { } program)
        {
            return null;
        }

        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (workingDirectory is not null)
            {
                start.WorkingDirectory = workingDirectory;
            }

            foreach (var arg in argv.Skip(1))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return requireSuccess && process.ExitCode != 0 ? null : string.IsNullOrWhiteSpace(output) && !standardOutputOnly ? stderr.Result : output;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The first non-empty line the command prints.</summary>
    public static string? FirstLine(IReadOnlyList<string> argv) =>
        Read(argv)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
