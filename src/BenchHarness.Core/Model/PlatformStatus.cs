namespace BenchHarness.Core.Model;

/// <summary>Whether a platform could run here when the run checked it.</summary>
public enum PlatformStatus
{
    Available,
    Unavailable,
}
