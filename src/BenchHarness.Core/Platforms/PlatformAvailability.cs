namespace BenchHarness.Core.Platforms;

/// <summary>Whether a platform can run here, and if not, why (in words that tell the fix).</summary>
public sealed record PlatformAvailability(bool Available, string? Reason, string? Version)
{
    public string Describe() => Available ? "available" : $"unavailable: {Reason}";
}
