using System.Globalization;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;

namespace BenchHarness.Core.Remote;

/// <summary>
/// Starts processes on a remote host: <c>ssh HOST STOPWATCH stamp --timeout S [--env NAME=VALUE]… -- ARGV…</c>. The
/// host's stopwatch (its native probe, <c>stamp</c>) starts ARGV there and stamps each stdout line with the time
/// since the start measured there, so start-up and ready times never include the network; the lines are passed on
/// with those times. A <c>stop</c> goes through ssh's stdin. When ssh ends without the stopwatch's last line, the
/// connection was lost: the outcome says so (<see cref="ProcessOutcome.ConnectionLost"/>) and the launch is not judged.
/// </summary>
public sealed class RemoteLauncher(HostDefinition host, string stopwatch, IProcessLauncher local) : IProcessLauncher
{
    /// <summary>What the network may add to a launch's time limit before ssh is given up on (its keep-alives notice a dead link sooner).</summary>
    private static readonly TimeSpan NetworkGrace = TimeSpan.FromSeconds(60);

    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, Func<string, long, bool> onLine, CancellationToken cancellation)
    {
        var words = new List<string> { stopwatch, "stamp", "--timeout", spec.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) };
        foreach (var (name, value) in spec.Environment)
        {
            words.AddRange(["--env", $"{name}={value}"]);
        }

        words.Add("--");
        words.AddRange(spec.Argv);
        var ssh = new ProcessSpec(Ssh.Argv(host.Ssh, Ssh.Quote(words)), new Dictionary<string, string>(), spec.Timeout + NetworkGrace,
            line => line.StartsWith('!'));
        StampedEnd? end = null;
        var outcome = await local.RunAsync(ssh, (line, _) =>
        {
            if (line.StartsWith('!'))
            {
                end = StampedEnd.Parse(line);
                return false;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && long.TryParse(line.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var ns)
                ? onLine(line[(space + 1)..], ns)
                : onLine(line, 0);
        }, cancellation).ConfigureAwait(false);

        return end switch
        {
            { StartError: { } error } => new ProcessOutcome(null, false, outcome.StandardErrorTail, 0, $"on host {host.Name}: {error}"),
            { TimedOut: true } => new ProcessOutcome(null, true, outcome.StandardErrorTail, end.WallNs),
            { ExitCode: { } code } => new ProcessOutcome(code, false, outcome.StandardErrorTail, end.WallNs),
            _ => new ProcessOutcome(null, false, outcome.StandardErrorTail, outcome.WallNs,
                (outcome.TimedOut ? "no answer within the time limit" : $"ssh exit code {outcome.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}")
                + (outcome.StandardErrorTail.Length > 0 ? $": {Ssh.LastLine(outcome.StandardErrorTail)}" : ", the connection closed without a message"))
            {
                ConnectionLost = true,
            },
        };
    }

    /// <summary>The stopwatch's last line: <c>!exit CODE WALL_NS</c>, <c>!timeout WALL_NS</c> or <c>!start-error MESSAGE</c>.</summary>
    private sealed record StampedEnd(int? ExitCode, bool TimedOut, long WallNs, string? StartError)
    {
        public static StampedEnd? Parse(string line)
        {
            var parts = line.Split(' ', 3);
            long Wall(int i) => parts.Length > i && long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ns) ? ns : 0;
            return parts[0] switch
            {
                "!exit" when parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) => new(code, false, Wall(2), null),
                "!timeout" => new(null, true, Wall(1), null),
                "!start-error" => new(null, false, 0, line.Length > 13 ? line[13..] : "the program could not be started"),
                _ => null,
            };
        }
    }
}
