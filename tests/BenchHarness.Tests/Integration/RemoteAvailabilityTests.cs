using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Remote;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Integration;

/// <summary>The availability rules run on a host through a real OpenSSH server (<see cref="SshServer"/>), against the same rules run here.</summary>
[Trait("Category", "Integration")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RemoteAvailabilityTests
{
    [Fact]
    public void A_host_says_what_is_missing_there_and_reads_the_version_as_this_machine_does()
    {
        using var server = new SshServer();
        var folder = TestData.TempDirectory();
        var layout = new ProjectLayout(folder);
        var target = ProbeTarget.Parse($"{HostPlatform.Current}-aot");
        Directory.CreateDirectory(Path.GetDirectoryName(layout.ProbePath(target))!);
        File.WriteAllText(layout.ProbePath(target), "");
        var definition = new HostDefinition
        {
            Name = "lh",
            Ssh = new SshDestination { Host = "127.0.0.1", Port = server.Port, Identity = server.Identity, KnownHosts = server.KnownHosts },
            Platforms = ["native-aot"],
            Directory = Path.Combine(folder, "remote-home"),
        };
        var platform = TestData.Native() with
        {
            Host = HostPlatform.Current, Target = target, Launcher = ["sh"], Requires = [layout.ProbePath(target)], Packages = ["qemu-user"],
            Version = ["sh", "-c", "echo; echo '  qemu-aarch64 version 7.2.19  '"],
        };
        var (host, unreachable) = RemoteHost.Connect(definition, layout);
        Assert.True(host is not null, unreachable);

        var available = host.Check(platform);
        var missing = host.Check(platform with { Launcher = ["qemu-nowhere-7"] });

        Assert.Equal(new PlatformAvailability(true, null, "qemu-aarch64 version 7.2.19"), available);
        Assert.Equal(new PlatformChecker(layout).Check(platform), available);
        Assert.Equal("on host lh: qemu-nowhere-7 not found", missing.Reason);
        Assert.Equal("qemu-nowhere-7 not found (install: apt-get install qemu-user, or run ./scripts/setup.sh)",
            new PlatformChecker(layout).Check(platform with { Launcher = ["qemu-nowhere-7"] }).Reason);
    }
}
