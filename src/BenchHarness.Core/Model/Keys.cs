namespace BenchHarness.Core.Model;

/// <summary>One cell of a run: a (platform, workload) pair.</summary>
public readonly record struct CellKey(string Platform, string Workload);

/// <summary>One planned launch: the round-th fresh process of a cell.</summary>
public readonly record struct LaunchKey(string Platform, string Workload, int Round)
{
    public CellKey Cell => new(Platform, Workload);
}
