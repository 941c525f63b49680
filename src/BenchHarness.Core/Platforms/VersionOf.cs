namespace BenchHarness.Core.Platforms;

/// <summary>Not a condition: the emulator's version, the first non-blank line its version command prints, read where it runs.</summary>
public sealed record VersionOf(IReadOnlyList<string> Command) : Requirement
{
    public override Finding Check(Site site) => new(Version: CommandOutput.FirstLine(Command));

    public override string Shell() => $"echo \"{ShellCheck.VersionWord} $({PosixShell.Quote(Command)} 2>&1 | sed -n '/[^[:space:]]/{{p;q;}}')\"";
}
