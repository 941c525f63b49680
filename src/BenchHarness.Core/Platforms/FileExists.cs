namespace BenchHarness.Core.Platforms;

/// <summary>
/// A file or folder the platform needs exists (a cross libc, a loader …). <paramref name="Install"/> is added to the
/// reason on this machine only: it names this machine's setup.
/// </summary>
public sealed record FileExists(string Path, string Install = "") : Requirement
{
    public override Finding Check(Site site) => File.Exists(Path) || Directory.Exists(Path) ? Finding.Met : new Finding(Reason + Install);

    public override string Shell() => ShellCheck.Missing($"test -e {PosixShell.Quote(Path)}", Reason);

    private string Reason => $"{Path} is missing";
}
