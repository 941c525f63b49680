using BenchHarness.Core.Model;

namespace BenchHarness.Tests.Fakes;

internal static class TestData
{
    public static Suite Suite(int launches = 1, int maxAttempts = 3, params string[] workloads) => new()
    {
        Name = "test",
        Size = InputSize.Small,
        Launches = launches,
        Iterations = 5,
        MaxAttempts = maxAttempts,
        TimeoutSeconds = 10,
        // No early stop unless a test asks for it: canned samples would reach a looser target after three.
        TargetRelativeHalfWidth = 1e-6,
        Workloads = (workloads.Length > 0 ? workloads : ["document-render", "spreadsheet-recalc"]).Select(w => new SuiteWorkload(w, 1)).ToList(),
    };

    public static PlatformDefinition Native(string name = "native-aot", string target = "linux-x64-aot") =>
        new() { Name = name, Target = ProbeTarget.Parse(target), ExpectArch = "X64", ExpectOs = "Linux" };

    public static PlatformDefinition Emulated(string name = "qemu-aarch64", string target = "linux-arm64-aot", string baseline = "native-aot", string arch = "Arm64") =>
        new() { Name = name, Target = ProbeTarget.Parse(target), Baseline = baseline, Launcher = ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"], ExpectArch = arch, ExpectOs = "Linux" };

    public static ProjectLayout Layout() => new(Path.Combine(Path.GetTempPath(), "benchharness-tests-layout"));

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "benchharness-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A run folder holding only this result.json, as <c>report</c> leaves it (for the verbs that read results).</summary>
    public static string SavedRun(Core.Results.RunResult result)
    {
        var directory = TempDirectory();
        File.WriteAllBytes(Path.Combine(directory, Core.Results.ResultFile.FileName), Core.Results.ResultFile.Serialize(result));
        return directory;
    }
}
