namespace BenchHarness.Core.Model;

/// <summary>The size of a suite's generated inputs, passed to the probe as <c>--size small|standard</c>.</summary>
public enum InputSize
{
    Small,
    Standard,
}
