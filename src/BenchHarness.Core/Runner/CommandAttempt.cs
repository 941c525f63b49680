using System.Diagnostics;
using BenchHarness.Core.Journal;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// One attempt of one launch of a command workload (<see cref="CommandWorkload"/>): a fresh folder; the empty command
/// three times (the launch overhead); the prepare commands; the first start; the cold invocation, the warm-up ones
/// and the warm ones, each a whole process under the platform's launcher, timed by the host from start to exit, its
/// output checked and journaled as it ends; the clean-up commands after each. The folder is removed at the end.
/// </summary>
internal sealed class CommandAttempt(Attempt attempt)
{
    private const int EmptyRuns = 3;

    public async Task<AttemptEnd> RunAsync(CommandWorkload command, string inputs, CancellationToken cancellation)
    {
        var (launch, suite) = (attempt.Launch, attempt.Suite);
        var platform = launch.Platform;
        var clock = Stopwatch.StartNew();
        var fresh = Path.Combine(attempt.Run.Layout.StateDirectory, "fresh", $"{platform.Name}.{launch.Workload}.{launch.Round}.{attempt.Number}");
        var words = Words(inputs, fresh);
        var state = new State();
        try
        {
            if (Directory.Exists(fresh))
            {
                Directory.Delete(fresh, recursive: true);
            }

            Directory.CreateDirectory(words["OUT"]);
            state.OverheadNs = await OverheadAsync(platform, command, suite, state, cancellation).ConfigureAwait(false);
            var failure = await PrepareAsync(command, words, suite, state, cancellation).ConfigureAwait(false);
            if (failure is null && command.FirstStart is { } firstStart)
            {
                var outcome = await RunTimedAsync(Argv(platform, command, firstStart, words), platform, suite, state, cancellation).ConfigureAwait(false);
                failure = Failed(outcome, "the first start");
                state.FirstStartNs = failure is null ? outcome.WallNs : null;
            }

            failure ??= await InvokeAllAsync(command, words, attempt.Precision(), state, cancellation).ConfigureAwait(false);
            failure ??= ArchitectureProblem(platform, command);
            cancellation.ThrowIfCancellationRequested();
            var (status, error) = failure ?? (CellStatus.Ok, null);
            var record = attempt.Ended(status, error, state.LeftBehind.Distinct().ToList()) with
            {
                ExitCode = state.LastExitCode, Measure = Measure.Iterations, WallNs = clock.Elapsed.Ticks * 100,
                Arch = ProgramArch(platform, command), Os = "Linux", Runtime = $"command {Path.GetFileName(Program(platform, command))}",
                Command = new CommandTimes(state.FirstStartNs, state.OverheadNs),
            };
            return new AttemptEnd(record, state.WarmNs, state.TargetReached);
        }
        finally
        {
            Remove(fresh);
        }
    }

    /// <summary>Removes the launch's folder; one the application still holds is left for the next run of this launch to remove, never a failure of the run.</summary>
    private static void Remove(string fresh)
    {
        try
        {
            if (Directory.Exists(fresh))
            {
                Directory.Delete(fresh, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Measured samples are in the journal already; a leftover folder costs disk only.
        }
    }

    /// <summary>What one attempt has measured so far.</summary>
    private sealed class State
    {
        public long? OverheadNs;
        public long? FirstStartNs;
        public int? LastExitCode;
        public bool TargetReached;
        public readonly List<long> WarmNs = [];
        public readonly List<string> LeftBehind = [];
    }

    /// <summary>The command's program for the platform's runtime identifier (<c>linux-x64</c>, <c>linux-arm64</c>); null when it has none.</summary>
    public static string? ProgramFor(PlatformDefinition platform, CommandWorkload command) => command.Program.GetValueOrDefault(platform.Target.Runtime);

    private static string Program(PlatformDefinition platform, CommandWorkload command) =>
        ProgramFor(platform, command) ?? throw new InvalidOperationException($"no program for {platform.Target.Runtime}: the run should have left {platform.Name} out");

    /// <summary>The values of a command's words (<see cref="Placeholders"/>).</summary>
    private static Dictionary<string, string> Words(string inputs, string fresh) => new()
    {
        ["INPUTS"] = inputs,
        ["FRESH_URL"] = new Uri(fresh + "/").AbsoluteUri.TrimEnd('/'),
        ["FRESH"] = fresh,
        ["OUT"] = Path.Combine(fresh, "out"),
    };

    private static List<string> Argv(PlatformDefinition platform, CommandWorkload command, IEnumerable<string> args, Dictionary<string, string> words) =>
        [.. platform.Launcher, Program(platform, command), .. args.Select(a => Placeholders.Expand(a, words))];

    /// <summary>The empty command's median time under the launcher, or null when the suite names none for this runtime.</summary>
    private async Task<long?> OverheadAsync(PlatformDefinition platform, CommandWorkload command, Suite suite, State state, CancellationToken cancellation)
    {
        if (command.Empty.GetValueOrDefault(platform.Target.Runtime) is not { } empty)
        {
            return null;
        }

        var times = new List<long>();
        for (var i = 0; i < EmptyRuns; i++)
        {
            var outcome = await RunTimedAsync([.. platform.Launcher, empty], platform, suite, state, cancellation).ConfigureAwait(false);
            if (outcome.ExitCode == 0)
            {
                times.Add(outcome.WallNs);
            }
        }

        return times.Count > 0 ? times.Order().ElementAt(times.Count / 2) : null;
    }

    private async Task<(CellStatus, string?)?> PrepareAsync(CommandWorkload command, Dictionary<string, string> words, Suite suite, State state, CancellationToken cancellation)
    {
        foreach (var argv in command.Prepare)
        {
            var outcome = await RunNativeAsync(argv.Select(a => Placeholders.Expand(a, words)).ToList(), suite, state, cancellation).ConfigureAwait(false);
            if (Failed(outcome, $"the prepare command {argv[0]}") is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    /// <summary>Cold, warm-up and warm invocations; null when they all ended well.</summary>
    private async Task<(CellStatus, string?)?> InvokeAllAsync(CommandWorkload command, Dictionary<string, string> words, PrecisionTarget precision, State state,
        CancellationToken cancellation)
    {
        var (launch, suite) = (attempt.Launch, attempt.Suite);
        string? firstChecksum = null;
        long warmTotal = 0;
        for (var i = 0; ; i++)
        {
            var kind = i == 0 ? SampleKind.Cold : i <= suite.Warmup ? SampleKind.Warmup : SampleKind.Warm;
            var what = $"invocation {i + 1} ({Model.Words.Of(kind)})";
            var output = words["OUT"];
            Directory.Delete(output, recursive: true);
            Directory.CreateDirectory(output);
            var outcome = await RunTimedAsync(Argv(launch.Platform, command, command.Args, words), launch.Platform, suite, state, cancellation).ConfigureAwait(false);
            if (Failed(outcome, what) is { } failure)
            {
                return failure;
            }

            var verdict = OutputChecker.Check(command.Output, Placeholders.Expand(command.Output.File, words));
            if (verdict.Problem is { } problem)
            {
                return (CellStatus.Incorrect, $"{what}: {problem}");
            }

            if ((firstChecksum ??= verdict.Checksum) != verdict.Checksum)
            {
                return (CellStatus.Incorrect, $"{what}: its output's checksum {verdict.Checksum} differs from the first invocation's {firstChecksum}");
            }

            attempt.Sample(kind, outcome.WallNs, verdict.Checksum!);
            attempt.Run.Progress($"  {launch.Platform.Name} · {launch.Workload} · round {launch.Round + 1}: {what} {outcome.WallNs / 1e9:0.00} s, output checked");
            foreach (var argv in command.CleanUp)
            {
                if (Failed(await RunNativeAsync(argv.Select(a => Placeholders.Expand(a, words)).ToList(), suite, state, cancellation).ConfigureAwait(false), $"the clean-up command {argv[0]}") is { } cleanUpFailure)
                {
                    return cleanUpFailure;
                }
            }

            if (kind != SampleKind.Warm)
            {
                continue;
            }

            state.WarmNs.Add(outcome.WallNs);
            warmTotal += outcome.WallNs;
            state.TargetReached |= precision.Add(outcome.WallNs);
            var enough = state.WarmNs.Count >= PrecisionTarget.MinimumWarmPerLaunch && (state.TargetReached || warmTotal >= suite.MaxSecondsPerLaunch * 1e9);
            if (state.WarmNs.Count >= suite.Iterations || enough)
            {
                return null;
            }
        }
    }

    private Task<ProcessOutcome> RunTimedAsync(List<string> argv, PlatformDefinition platform, Suite suite, State state, CancellationToken cancellation) =>
        RunAsync(new ProcessSpec(argv, LaunchCommand.Environment(platform, attempt.Run.Layout), TimeSpan.FromSeconds(suite.TimeoutSeconds)), state, cancellation);

    /// <summary>A prepare or clean-up command: run natively, without the platform's launcher or environment.</summary>
    private Task<ProcessOutcome> RunNativeAsync(List<string> argv, Suite suite, State state, CancellationToken cancellation) =>
        RunAsync(new ProcessSpec(argv, new Dictionary<string, string>(), TimeSpan.FromSeconds(suite.TimeoutSeconds)), state, cancellation);

    private async Task<ProcessOutcome> RunAsync(ProcessSpec spec, State state, CancellationToken cancellation)
    {
        var outcome = await attempt.Run.Site.Launcher.RunAsync(spec, (_, _) => false, cancellation).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        state.LastExitCode = outcome.ExitCode;
        state.LeftBehind.AddRange(outcome.LeftBehind);
        return outcome;
    }

    private static (CellStatus, string?)? Failed(ProcessOutcome outcome, string what) =>
        outcome.TimedOut ? (CellStatus.Timeout, $"{what} was killed by the timeout" + LaunchRunner.SaidLast(outcome))
        : outcome.StartError is { } startError ? (CellStatus.Crashed, $"{what}: {startError}")
        : outcome.ExitCode != 0 ? (CellStatus.Crashed, $"{what}: exit code {outcome.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}: "
            + (LaunchRunner.LastLine(outcome.StandardErrorTail) ?? "no error message"))
        : null;

    /// <summary>The program's machine, from its ELF header; a platform expecting another one is not measuring what it says.</summary>
    private static (CellStatus, string?)? ArchitectureProblem(PlatformDefinition platform, CommandWorkload command) =>
        platform.ExpectArch is { } expected && ProgramArch(platform, command) is { } actual && actual != expected
            ? (CellStatus.Incorrect, $"the program {Program(platform, command)} is {actual} code, the platform expects {expected}")
            : null;

    private static string? ProgramArch(PlatformDefinition platform, CommandWorkload command) => Platforms.ElfMachine.Of(Program(platform, command));
}
