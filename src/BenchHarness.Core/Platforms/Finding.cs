namespace BenchHarness.Core.Platforms;

/// <summary>What checking one <see cref="Requirement"/> found: what is missing (the reason the platform cannot run), or a version it read.</summary>
public sealed record Finding(string? Missing = null, string? Version = null)
{
    public static Finding Met { get; } = new();
}
