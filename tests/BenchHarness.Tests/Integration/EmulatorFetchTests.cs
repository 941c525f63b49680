using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// <c>emulators fetch</c> against Debian's real registry, into a state folder of the test's own: QEMU 10.0.2 from
/// bookworm-backports is downloaded, checked and runs here; an unknown version and an unreachable registry are one
/// line and exit code 2, leaving nothing behind; a second fetch of the same build works with the registry unreachable.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EmulatorFetchTests : IDisposable
{
    private const string Build = "qemu-user=10.0.2+ds-2+deb13u1~bpo12+1";
    private readonly string state = Directory.CreateTempSubdirectory("bh-fetch-").FullName;

    public void Dispose() => Directory.Delete(state, recursive: true);

    [Fact]
    public void A_real_build_is_fetched_once_and_bad_versions_and_an_unreachable_registry_are_refused()
    {
        var env = new Dictionary<string, string> { ["BENCHHARNESS_STATE"] = state };
        var offline = new Dictionary<string, string>(env) { ["BENCHHARNESS_DEBIAN_MIRROR"] = "http://127.0.0.1:9/debian" };
        var emulators = Path.Combine(state, "emulators");

        // Nothing known and nothing reachable: one line, exit 2, no build folder.
        var (exit, _, stderr) = CliProcess.Run(TimeSpan.FromMinutes(2), offline, "emulators", "fetch", Build);
        Assert.Equal(2, exit);
        // Progress lines first (reading the indexes …), then the one line of the refusal.
        Assert.StartsWith("benchharness: cannot reach Debian's package registry at http://127.0.0.1:9/debian", Refusal(stderr), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(emulators, "qemu-user")) && Directory.EnumerateFileSystemEntries(Path.Combine(emulators, "qemu-user")).Any());

        (exit, var stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(10), env, "emulators", "fetch", Build);
        Assert.True(exit == 0, $"fetch: exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("qemu-aarch64: qemu-aarch64 version 10.0.2 (Debian 1:10.0.2+ds-2+deb13u1~bpo12+1) (statically linked)", stdout, StringComparison.Ordinal);
        Assert.Equal(["10.0.2+ds-2+deb13u1~bpo12+1"], Directory.GetFileSystemEntries(Path.Combine(emulators, "qemu-user")).Select(Path.GetFileName));

        (exit, _, stderr) = CliProcess.Run(TimeSpan.FromMinutes(5), env, "emulators", "fetch", "qemu-user=10.0.99");
        Assert.Equal(2, exit);
        Assert.StartsWith("benchharness: Debian's registry has no qemu-user version 10.0.99; it has ", Refusal(stderr), StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n'), l => l.StartsWith("benchharness:", StringComparison.Ordinal));

        // Already here: nothing is downloaded, so the registry need not be reachable; and the list shows it.
        (exit, stdout, stderr) = CliProcess.Run(TimeSpan.FromMinutes(2), offline, "emulators", "fetch", Build);
        Assert.True(exit == 0, $"offline fetch: exit {exit}\n{stderr}");
        Assert.Contains("already fetched", stderr, StringComparison.Ordinal);
        (exit, stdout, _) = CliProcess.Run(TimeSpan.FromMinutes(2), offline, "emulators", "list");
        Assert.Equal(0, exit);
        Assert.Contains("qemu-user@10.0.2+ds-2+deb13u1~bpo12+1  1:10.0.2+ds-2+deb13u1~bpo12+1  bookworm-backports/main  .deb SHA-256 10a2dec99f2b2d0b1097ff0375aea35b89322d6631fc96700511b02e05bf6fef", stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Path.Combine(emulators, "qemu-user"), ".partial-*"));
    }

    private static string Refusal(string stderr) => stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
}
