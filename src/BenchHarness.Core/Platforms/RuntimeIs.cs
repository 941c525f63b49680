namespace BenchHarness.Core.Platforms;

/// <summary>The machine's runtime identifier is the platform's host (<c>linux-x64</c>): known without asking it.</summary>
public sealed record RuntimeIs(string Runtime) : Requirement
{
    public override Finding Check(Site site) =>
        site.Runtime == Runtime ? Finding.Met
        : new Finding(site.Host is null ? $"a template for {Runtime} hosts; this host is {site.Runtime}" : $"a platform for {Runtime} hosts; host {site.Host} is {site.Runtime}");
}
