using System.Globalization;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// A workload of the probe: the probe executable, started under the platform's launcher, runs it and says what it
/// measured in its JSON-lines protocol (hello · sample · done · error, <see cref="ProbeSession"/>). Every sample is
/// journaled as it arrives; the launch is ok only when the probe said hello and done on the expected architecture and OS.
/// </summary>
public sealed class ProbeKind : IWorkloadKind
{
    public bool Owns(SuiteWorkload workload) => true;

    public void Validate(SuiteWorkload workload, KnownNames known, Action<string> problem) => SuiteLoader.ProbeWorkload(workload, known, problem);

    /// <summary>None when timed: the probe's build is part of the platform's own check. Counted, <see cref="InstructionCount.Unavailable"/>.</summary>
    public string? Unavailable(PlatformDefinition platform, Suite suite) => suite.Measure == MeasureKind.Instructions ? InstructionCount.Unavailable(platform) : null;

    /// <summary>
    /// One unmeasured start (the probe's hello): initialises a Wine prefix or an emulator's on-disk caches before the
    /// first measured launch. Returns why the platform cannot be measured when its probe speaks another protocol version.
    /// </summary>
    public async Task<string?> WarmUpAsync(PlatformDefinition platform, Suite suite, RunContext run, CancellationToken cancellation)
    {
        var session = new ProbeSession();
        var outcome = await run.Site.Launcher.RunAsync(LaunchCommand.Hello(platform, suite, run.Site.Place), (line, ns) =>
        {
            session.Accept(line, ns);
            return false;
        }, cancellation).ConfigureAwait(false);
        if (outcome.ConnectionLost)
        {
            throw new HostLostException(run.Site.Host ?? "(this machine)", outcome.StartError ?? "");
        }

        run.Progress(session.Arch is null
            ? $"platform {platform.Name}: first start gave no hello (exit code {outcome.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}); its launches will tell"
            : $"platform {platform.Name}: probe runs as {session.Os}/{session.Arch} on {session.Runtime}"
                + (session.Isa is { } isa ? $", seeing {Words.OfExtensions(isa)}" : ""));
        return session.ProtocolMismatch;
    }

    /// <summary>The suite's inputs, generated once per run by the native probe (<see cref="InputCache"/>) and copied to each machine once; null for each process to generate its own.</summary>
    public string? PrepareInputs(SuiteWorkload workload, Suite suite, RunContext run) =>
        run.Once("probe-inputs", () => InputCache.Ensure(run.Layout, suite, run.Progress)) is { } prepared
            ? run.Once($"probe-inputs@{run.Site.Host}", () => run.Site.Inputs(prepared))
            : null;

    public async Task<AttemptEnd> RunAttemptAsync(Attempt attempt, CancellationToken cancellation)
    {
        if (attempt.Suite.Measure == MeasureKind.Instructions)
        {
            return await InstructionCount.RunAttemptAsync(attempt, cancellation).ConfigureAwait(false);
        }

        var (launch, suite, site) = (attempt.Launch, attempt.Suite, attempt.Run.Site);
        var spec = LaunchCommand.Run(launch.Platform, suite, launch.Workload, site.Place, attempt.Inputs);
        var session = new ProbeSession();
        var precision = attempt.Precision();
        var outcome = await site.Launcher.RunAsync(spec, (line, elapsedNs) =>
        {
            if (session.Accept(line, elapsedNs) is not { } sample)
            {
                return false;
            }

            attempt.Sample(sample.Kind, sample.Ns, sample.Checksum);
            return sample.Kind == SampleKind.Warm && session.Measure == Measure.Iterations && precision.Add(sample.Ns);
        }, cancellation).ConfigureAwait(false);

        // Interrupted (Ctrl-C reaches the probe too), or the connection to its host lost: no launch record, so a resume measures this launch again.
        cancellation.ThrowIfCancellationRequested();
        if (outcome.ConnectionLost)
        {
            throw new HostLostException(launch.Platform.Remote ?? "(this machine)", outcome.StartError ?? "");
        }

        var (status, error) = Judge(launch.Platform, outcome, session);
        return new AttemptEnd(Recorded(attempt, status, error, outcome, session), session.WarmNs, precision.Reached);
    }

    /// <summary>An attempt's launch record with what the probe said of itself and what the host measured of the process.</summary>
    internal static Journal.LaunchRecord Recorded(Attempt attempt, CellStatus status, string? error, ProcessOutcome outcome, ProbeSession session) =>
        attempt.Ended(status, error, outcome.LeftBehind) with
        {
            ExitCode = outcome.ExitCode, StartupNs = session.StartupNs, ReadyNs = session.ReadyNs, Measure = session.Measure, WallNs = outcome.WallNs,
            Arch = session.Arch, Os = session.Os, Runtime = session.Runtime, Isa = session.Isa,
        };

    /// <summary>ok only when the process exited 0 after the probe said hello and done, on the expected architecture and OS.</summary>
    internal static (CellStatus Status, string? Error) Judge(PlatformDefinition platform, ProcessOutcome outcome, ProbeSession session)
    {
        if (outcome.TimedOut)
        {
            return (CellStatus.Timeout, $"killed by the timeout {session.Describe()}" + LaunchRunner.SaidLast(outcome));
        }

        if (outcome.StartError is { } startError)
        {
            return (CellStatus.Crashed, startError);
        }

        // A done without a hello is not the probe speaking: lines cut short or rewritten on the way.
        if (outcome.ExitCode != 0 || !session.Done || session.Error is not null || session.StartupNs is null)
        {
            var why = session.Error
                ?? (session.Done && session.StartupNs is null ? "it said done but never hello: its output is not the probe's protocol" : null)
                ?? LaunchRunner.LastLine(outcome.StandardErrorTail) ?? "no error message";
            return (CellStatus.Crashed, $"exit code {outcome.ExitCode?.ToString() ?? "none"} {session.Describe()}: {why}");
        }

        if (platform.ExpectArch is { } arch && session.Arch != arch)
        {
            return (CellStatus.Incorrect, $"the probe ran as {session.Arch}, expected {arch}");
        }

        if (platform.ExpectOs is { } os && session.Os != os)
        {
            return (CellStatus.Incorrect, $"the probe ran on {session.Os}, expected {os}");
        }

        return (CellStatus.Ok, null);
    }
}
