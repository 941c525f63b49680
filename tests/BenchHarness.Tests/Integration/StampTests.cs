using System.Diagnostics;
using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The remote stopwatch (<c>BenchHarness.Probe stamp</c>), the real NativeAOT build run directly: each line of the
/// program it starts comes stamped with the time since the start, it ends with one line saying how the program
/// ended, and when its stdin closes without a <c>stop</c> (the ssh connection went) it ends the program.
/// </summary>
[Trait("Category", "Integration")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StampTests
{
    private static readonly string Probe = ProjectLayout.Discover().ProbePath("linux-x64-aot");

    [Fact]
    public void Lines_are_stamped_and_the_exit_code_and_environment_are_the_programs()
    {
        var (lines, _) = Stamp(["--env", "GREETING=hello there", "--", "/bin/sh", "-c", "echo \"$GREETING\"; sleep 0.2; echo second; exit 3"]);

        Assert.Equal(3, lines.Count);
        var first = long.Parse(lines[0].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var second = long.Parse(lines[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.EndsWith(" hello there", lines[0]);
        Assert.EndsWith(" second", lines[1]);
        // The second line came after the program slept 0.2 s, and the times are since its start: ordered, and a fraction of the whole.
        Assert.True(second - first >= 150_000_000, $"{first} then {second}");
        Assert.StartsWith("!exit 3 ", lines[2]);
        Assert.True(long.Parse(lines[2].Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture) >= second);
    }

    [Fact]
    public void A_program_over_its_time_limit_is_ended_and_said_to_have_timed_out()
    {
        var clock = Stopwatch.StartNew();
        var (lines, _) = Stamp(["--timeout", "0.5", "--", "sleep", "30"]);

        Assert.StartsWith("!timeout ", Assert.Single(lines));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_program_that_cannot_start_is_a_start_error()
    {
        var (lines, _) = Stamp(["--", "/nonexistent/program"]);

        Assert.StartsWith("!start-error cannot start /nonexistent/program", Assert.Single(lines));
    }

    [Fact]
    public void Stdin_closing_without_a_stop_ends_the_program_as_a_lost_connection_would()
    {
        var marker = $"bhstamp{Guid.NewGuid():N}"[..14];
        var clock = Stopwatch.StartNew();
        var (lines, _) = Stamp(["--", "/bin/bash", "-c", $"exec -a {marker} sleep 60"], closeStdinAfter: TimeSpan.FromMilliseconds(500));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        // Nobody reads any more: no last line, and nothing left running.
        Assert.Empty(lines);
        Assert.Empty(Fakes.ProcessTable.Matching(l => l.StartsWith(marker + "\0", StringComparison.Ordinal)));
    }

    private static (List<string> Lines, int Exit) Stamp(string[] args, TimeSpan? closeStdinAfter = null)
    {
        Assert.True(File.Exists(Probe), $"{Probe} is not built (./scripts/build-probes.sh linux-x64-aot)");
        var start = new ProcessStartInfo(Probe) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardInput = true };
        start.ArgumentList.Add("stamp");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var stamp = Process.Start(start)!;
        var output = stamp.StandardOutput.ReadToEndAsync();
        if (closeStdinAfter is { } after)
        {
            Thread.Sleep(after);
            stamp.StandardInput.Close();
        }

        Assert.True(stamp.WaitForExit(TimeSpan.FromSeconds(30)), "the stopwatch did not end");
        if (closeStdinAfter is null)
        {
            stamp.StandardInput.Close();
        }

        return (output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList(), stamp.ExitCode);
    }
}
