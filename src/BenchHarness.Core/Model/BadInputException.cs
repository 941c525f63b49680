namespace BenchHarness.Core.Model;

/// <summary>Input the user can fix (a malformed suite, an unknown platform, a corrupt result file): one line, exit code 2.</summary>
public sealed class BadInputException(string message) : Exception(message);
