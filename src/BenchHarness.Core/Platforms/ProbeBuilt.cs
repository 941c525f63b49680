using BenchHarness.Core.Model;

namespace BenchHarness.Core.Platforms;

/// <summary>
/// The probe target is built on this machine (at <paramref name="Path"/>): a remote host gets a copy when it needs
/// one, so this is checked here whichever machine runs it. <paramref name="Stopwatch"/>: the remote host's stopwatch.
/// </summary>
public sealed record ProbeBuilt(ProbeTarget Target, string Path, bool Stopwatch = false) : Requirement
{
    public override Finding Check(Site site)
    {
        if (File.Exists(Path))
        {
            return Finding.Met;
        }

        var build = $"run ./scripts/build-probes.sh {Target}";
        return new Finding(Stopwatch ? $"host {site.Host}'s stopwatch, target {Target}, is not built here ({build})"
            : site.Host is null ? $"target {Target} not built ({build})"
            : $"target {Target} not built here ({build}); it is copied to host {site.Host} when needed");
    }
}
