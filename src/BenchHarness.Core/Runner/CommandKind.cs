using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Runner;

/// <summary>
/// A command workload (<see cref="CommandWorkload"/>): a whole program, each invocation a process under the platform's
/// launcher timed by the host from start to exit, its output checked (<see cref="CommandAttempt"/>). Its inputs are
/// made by the harness's generators or copied from the user's documents (<see cref="CommandInputs"/>).
/// </summary>
public sealed class CommandKind : IWorkloadKind
{
    public bool Owns(SuiteWorkload workload) => workload.Command is not null;

    public void Validate(SuiteWorkload workload, KnownNames known, Action<string> problem) => CommandRules.Validate(workload, workload.Command!, known, problem);

    /// <summary>Why the platform cannot run the suite's commands (no program for its runtime, or the program is not installed); null when it can.</summary>
    public string? Unavailable(PlatformDefinition platform, Suite suite)
    {
        if (suite.Measure == MeasureKind.Instructions)
        {
            return "a command's instructions are not counted (the probe's workloads are): measure its time";
        }

        foreach (var workload in suite.Workloads.Where(Owns))
        {
            var command = workload.Command!;
            if (CommandAttempt.ProgramFor(platform, command) is not { } program)
            {
                return $"the command {workload.Name} has no program for {platform.Target.Runtime} (it has: {string.Join(", ", command.Program.Keys)})";
            }

            if (!File.Exists(program))
            {
                return $"{program} is missing (the command {workload.Name}; install: "
                    + (command.Packages.Count > 0 ? $"apt-get install {string.Join(' ', command.Packages)}, or run ./scripts/setup.sh)" : "see the suite's description)");
            }
        }

        return null;
    }

    public string? NotOnRemoteHosts => "command workloads run on this machine only, not on remote hosts";

    public string? PrepareInputs(SuiteWorkload workload, Suite suite, RunContext run) =>
        run.Once($"command-inputs:{workload.Name}", () => CommandInputs.Ensure(run.Layout, suite, workload,
            run.Generators ?? throw new InvalidOperationException("a suite with commands needs the input generators"), run.Progress));

    public Task<AttemptEnd> RunAttemptAsync(Attempt attempt, CancellationToken cancellation) =>
        new CommandAttempt(attempt).RunAsync(attempt.Workload.Command!, attempt.Inputs ?? throw new InvalidOperationException($"the inputs of {attempt.Launch.Workload} were not prepared"), cancellation);
}
