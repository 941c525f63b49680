namespace BenchHarness.Core.Model;

/// <summary>How a probe target's code is compiled, the last word of its name (<see cref="ProbeTarget"/>).</summary>
public enum ProbeCode
{
    /// <summary>Ahead of time, by NativeAOT: <c>aot</c>.</summary>
    Aot,

    /// <summary>Just in time, by the .NET runtime shipped beside it: <c>jit</c>.</summary>
    Jit,
}
