namespace BenchHarness.Core.Platforms;

/// <summary>Whether a platform can run here, and if not, why (in words that tell the fix).</summary>
public sealed record PlatformAvailability(bool Available, string? Reason, string? Version)
{
    public string Describe() => Available ? "available" : $"unavailable: {Reason}";

    /// <summary>Unavailable for the first finding with something missing (the later ones are not checked); else available, with the version read.</summary>
    public static PlatformAvailability Of(IEnumerable<Finding> findings)
    {
        string? version = null;
        foreach (var finding in findings)
        {
            if (finding.Missing is { } missing)
            {
                return new PlatformAvailability(false, missing, null);
            }

            version = finding.Version ?? version;
        }

        return new PlatformAvailability(true, null, version);
    }
}
