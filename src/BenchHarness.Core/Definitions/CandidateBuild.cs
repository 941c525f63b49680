namespace BenchHarness.Core.Definitions;

/// <summary>A candidate build: the shipped platform <paramref name="Platform"/> with its emulator binary swapped for <paramref name="Emulator"/>.</summary>
public sealed record CandidateBuild(string Platform, string Emulator);
