namespace BenchHarness.Core.Model;

/// <summary>The outcome of a cell, as written in result.json.</summary>
public static class CellStatus
{
    public const string Ok = "ok";
    public const string Crashed = "crashed";
    public const string Timeout = "timeout";
    public const string Incorrect = "incorrect";
    public const string Unavailable = "unavailable";
}
