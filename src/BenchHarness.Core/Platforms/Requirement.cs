namespace BenchHarness.Core.Platforms;

/// <summary>
/// One thing a platform needs to run on a machine (<see cref="PlatformChecker.Requirements"/>). On this machine it is
/// checked by <see cref="Check"/>; for a remote host, by the POSIX sh <see cref="Shell"/> writes, run there in one
/// script (<see cref="ShellCheck"/>), unless the harness can tell by itself (its own builds, what logging in said).
/// A new rule is one record (its check here and its sh), yielded by <see cref="PlatformChecker.Requirements"/>.
/// </summary>
public abstract record Requirement
{
    /// <summary>Checked by the harness, for this machine or for <paramref name="site"/> when the rule needs no shell there.</summary>
    public abstract Finding Check(Site site);

    /// <summary>
    /// The same rule as sh lines for a remote host: they print <c>missing REASON</c> when it is not met there
    /// (<see cref="ShellCheck.Missing"/>), or <c>version TEXT</c>; null when the harness checks it itself.
    /// </summary>
    public virtual string? Shell() => null;
}
