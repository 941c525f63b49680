using System.Diagnostics;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// A platform's availability rules, written once as requirements: checked on this machine, and rendered as the sh a
/// remote host runs — here run by /bin/sh in a temporary folder, as a host's login shell would. (The real OpenSSH
/// server is in Integration/RemoteHostTests.)
/// </summary>
public sealed class AvailabilityTests
{
    private static readonly Site Laptop = new("arm-laptop", HostPlatform.Current, ProbeTarget.Parse("linux-arm64-aot"));

    private readonly string _folder = TestData.TempDirectory();

    public AvailabilityTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "usr", "aarch64 linux-gnu"));
        File.WriteAllText(Path.Combine(_folder, "it's $HOME"), "");
    }

    public static TheoryData<string> Rules => ["sh exists", "emulator missing", "folder exists", "file exists", "file missing", "version"];

    private Requirement Rule(string name) => name switch
    {
        "sh exists" => new CommandExists("sh"),
        "emulator missing" => new CommandExists("qemu-nowhere-7 'x'"),
        "folder exists" => new FileExists(Path.Combine(_folder, "usr", "aarch64 linux-gnu")),
        "file exists" => new FileExists(Path.Combine(_folder, "it's $HOME")),
        "file missing" => new FileExists(Path.Combine(_folder, "`id` $(id) missing")),
        _ => new VersionOf(["sh", "-c", "echo; echo '  qemu-aarch64 version 7.2.19  '; echo second"]),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_finds_the_same_here_and_in_a_hosts_shell(string name)
    {
        var rule = Rule(name);

        Assert.Equal(rule.Check(Site.ThisMachine), ShellCheck.Read(RunShell(ShellCheck.Script([rule]))));
    }

    [Fact]
    public void What_is_missing_is_said_in_the_words_users_see()
    {
        Assert.Equal(new Finding("qemu-nowhere-7 'x' not found"), Rule("emulator missing").Check(Site.ThisMachine));
        Assert.Equal(new Finding($"{_folder}/`id` $(id) missing is missing"), Rule("file missing").Check(Site.ThisMachine));
        Assert.Equal(new Finding(Version: "qemu-aarch64 version 7.2.19"), Rule("version").Check(Site.ThisMachine));
    }

    [Fact]
    public void Here_the_first_thing_missing_is_the_reason_with_what_to_install()
    {
        var platform = Platform() with { Requires = [Path.Combine(_folder, "usr", "aarch64 linux-gnu"), Path.Combine(_folder, "ld.so")] };

        var availability = new PlatformChecker(TestData.Layout()).Check(platform, needsProbe: false);

        Assert.False(availability.Available);
        Assert.Equal($"{_folder}/ld.so is missing (install: apt-get install qemu-user, or run ./scripts/setup.sh)", availability.Reason);
    }

    [Fact]
    public void A_hosts_shell_says_what_is_missing_there_without_this_machines_install_hint()
    {
        var platform = Platform() with { Launcher = ["qemu-nowhere-7"] };
        var requirements = new PlatformChecker(TestData.Layout()).Requirements(platform, Laptop);

        var found = ShellCheck.Read(RunShell(ShellCheck.Script(requirements)));

        Assert.Equal(new Finding("qemu-nowhere-7 not found", "qemu-aarch64 version 7.2.19"), found);
    }

    [Fact]
    public void A_host_with_everything_gives_the_emulators_version()
    {
        var requirements = new PlatformChecker(TestData.Layout()).Requirements(Platform(), Laptop);

        Assert.Equal(new Finding(Version: "qemu-aarch64 version 7.2.19"), ShellCheck.Read(RunShell(ShellCheck.Script(requirements))));
    }

    [Fact]
    public void A_script_cut_short_is_not_a_pass()
    {
        var script = ShellCheck.Script([Rule("sh exists")]);

        Assert.Null(ShellCheck.Read(RunShell(script.Replace("echo checked", "exit 1", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_harness_checks_its_own_builds_and_the_hosts_runtime_without_the_hosts_shell()
    {
        var layout = TestData.Layout();
        var requirements = new PlatformChecker(layout).Requirements(Platform() with { Host = "linux-arm64" }, Laptop);
        var here = requirements.Where(r => r.Shell() is null).ToList();

        Assert.Equal([new RuntimeIs("linux-arm64"), new ProbeBuilt(ProbeTarget.Parse("linux-arm64-aot"), layout.ProbePath("linux-arm64-aot")),
            new ProbeBuilt(ProbeTarget.Parse("linux-arm64-aot"), layout.ProbePath("linux-arm64-aot"), Stopwatch: true)], here);
        Assert.Equal($"a platform for linux-arm64 hosts; host arm-laptop is {HostPlatform.Current}", here[0].Check(Laptop).Missing);
        Assert.Equal("target linux-arm64-aot not built here (run ./scripts/build-probes.sh linux-arm64-aot); it is copied to host arm-laptop when needed", here[1].Check(Laptop).Missing);
        Assert.Equal("host arm-laptop's stopwatch, target linux-arm64-aot, is not built here (run ./scripts/build-probes.sh linux-arm64-aot)", here[2].Check(Laptop).Missing);
    }

    [Fact]
    public void Here_a_platform_of_another_host_is_a_template_and_an_unbuilt_target_says_how_to_build_it()
    {
        var checker = new PlatformChecker(TestData.Layout());

        Assert.Equal("a template for osx-arm64 hosts; this host is " + HostPlatform.Current, checker.Check(Platform() with { Host = "osx-arm64" }).Reason);
        Assert.Equal("target linux-arm64-aot not built (run ./scripts/build-probes.sh linux-arm64-aot)", checker.Check(Platform()).Reason);
    }

    private PlatformDefinition Platform() => TestData.Emulated() with
    {
        Host = HostPlatform.Current,
        Launcher = ["sh"],
        Requires = [Path.Combine(_folder, "it's $HOME")],
        Version = ["sh", "-c", "echo; echo '  qemu-aarch64 version 7.2.19  '"],
        Packages = ["qemu-user"],
    };

    /// <summary>Runs a script as sshd runs a remote command: the login shell's <c>-c</c>, in the host's folder.</summary>
    private string RunShell(string script)
    {
        using var shell = new Process { StartInfo = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = _folder } };
        shell.StartInfo.ArgumentList.Add("-c");
        shell.StartInfo.ArgumentList.Add(script);
        shell.Start();
        var output = shell.StandardOutput.ReadToEnd();
        shell.WaitForExit();
        return output;
    }
}
