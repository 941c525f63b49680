namespace BenchHarness.Core.Model;

/// <summary>
/// A remote host cannot go on: the connection to it was lost, or (<paramref name="lost"/> false) it could not take a
/// copy. Its remaining launches wait for a resume; the other machines go on.
/// </summary>
public sealed class HostLostException(string host, string reason, bool lost = true)
    : Exception(lost ? $"the connection to host {host} was lost: {reason}" : $"host {host}: {reason}")
{
    public string Host { get; } = host;
}
