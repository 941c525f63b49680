namespace BenchHarness.Core.Platforms;

/// <summary>
/// A program (the launcher's first word) is found as a shell finds it: an absolute path, or on PATH.
/// <paramref name="Install"/> is added to the reason on this machine only: it names this machine's setup.
/// </summary>
public sealed record CommandExists(string Program, string Install = "") : Requirement
{
    public override Finding Check(Site site) => HostPlatform.FindProgram(Program) is null ? new Finding(Reason + Install) : Finding.Met;

    public override string Shell() => ShellCheck.Missing($"command -v {PosixShell.Quote(Program)} >/dev/null 2>&1", Reason);

    private string Reason => $"{Program} not found";
}
