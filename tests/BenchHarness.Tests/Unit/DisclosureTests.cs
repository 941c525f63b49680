using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>What a run discloses about the machine and the builds, checked against the system's own tools (util-linux's findmnt and lscpu) and hand-made inputs.</summary>
public sealed class DisclosureTests
{
    [Fact]
    public void The_file_system_of_a_folder_is_its_longest_mount_point_and_a_later_mount_hides_an_earlier_one()
    {
        var table = Path.Combine(TestData.TempDirectory(), "mounts");
        File.WriteAllLines(table,
        [
            "/dev/vda / ext4 rw,relatime 0 0",
            "tmpfs /tmp tmpfs rw 0 0",
            "/dev/vdb /srv/my\\040data xfs rw 0 0",
            "overlay /tmp overlay rw 0 0",
        ]);

        Assert.Equal("ext4 on /dev/vda, mounted at /", Mounts.FileSystemOf("/usr/share/no-such-folder", table));
        Assert.Equal("overlay on overlay, mounted at /tmp", Mounts.FileSystemOf("/tmp/run/plots", table));
        Assert.Equal("xfs on /dev/vdb, mounted at /srv/my data", Mounts.FileSystemOf("/srv/my data/results", table));
        Assert.Equal("ext4 on /dev/vda, mounted at /", Mounts.FileSystemOf("/tmpfoo", table));
        File.WriteAllLines(table, ["tmpfs /run tmpfs rw 0 0"]);
        Assert.Equal(Mounts.Unknown, Mounts.FileSystemOf("/tmp", table));
    }

    [Fact]
    public void The_file_system_recorded_here_is_the_one_findmnt_names()
    {
        var findmnt = CommandOutput.Read(["findmnt", "-n", "-o", "FSTYPE,SOURCE,TARGET", "--target", Path.GetTempPath()], requireSuccess: true);
        if (findmnt is null)
        {
            // findmnt (util-linux, essential in Debian) finds no mount either: in a chroot the table holds the real root's mounts.
            Assert.Equal(Mounts.Unknown, Mounts.FileSystemOf(Path.GetTempPath()));
            return;
        }

        var fields = findmnt.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{fields[0]} on {fields[1]}, mounted at {fields[2]}", Mounts.FileSystemOf(Path.GetTempPath()));
    }

    [Fact]
    public void The_hypervisor_recorded_here_is_the_one_lscpu_names()
    {
        var lscpu = CommandOutput.Read(["lscpu"], requireSuccess: true);
        Assert.True(lscpu is not null, "lscpu (util-linux, essential in Debian) did not answer");
        var vendor = lscpu!.Split('\n').FirstOrDefault(l => l.StartsWith("Hypervisor vendor:", StringComparison.Ordinal))?.Split(':')[1].Trim();

        Assert.Equal(vendor, Virtualization.Hypervisor());
    }

    [Fact]
    public void A_run_records_the_machine_the_software_and_the_build()
    {
        var layout = ProjectLayout.Discover();
        var machine = MachineProbe.Read(layout, [ProbeTarget.Parse("linux-x64-aot")], TestData.TempDirectory());

        Assert.NotEmpty(machine.CpuFlags);
        Assert.Contains("temp", machine.FileSystems.Keys);
        Assert.Contains("output", machine.FileSystems.Keys);
        Assert.Matches(@"^\d+\.\d+\.\d+", machine.DotnetSdk);
        Assert.StartsWith(".NET 10", machine.DotnetRuntime, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", machine.Harness);
        if (CommandOutput.Read(["git", "-C", layout.Root, "rev-parse", "HEAD"], requireSuccess: true) is { } head)
        {
            // Where git answers (a fresh root may have no git), the commit read from .git is git's, and git said whether the tree is dirty.
            Assert.Equal(head.Trim(), machine.Harness);
            Assert.NotNull(machine.HarnessDirty);
        }
        else
        {
            Assert.Null(machine.HarnessDirty);
        }
    }

    [Theory]
    [InlineData("win-x64-jit", "linux-x64-jit", "Windows build of the .NET runtime, SkiaSharp and the probe, its baseline the Linux build")]
    [InlineData("linux-arm64-aot", "linux-x64-aot", "machine code compiled for Arm64, its baseline for x86-64")]
    [InlineData("linux-arm64-jit", "linux-x64-aot", "JIT-compiled code, its baseline ahead-of-time compiled (NativeAOT) code")]
    public void What_differs_besides_the_emulator_is_read_from_the_two_probe_builds(string target, string baseline, string expected)
    {
        Assert.Contains(BuildDifference.Between(ProbeTarget.Parse(target), ProbeTarget.Parse(baseline)), d => d.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_build_under_an_emulator_differs_in_nothing_else()
    {
        Assert.Empty(BuildDifference.Between(ProbeTarget.Parse("linux-x64-aot"), ProbeTarget.Parse("linux-x64-aot")));
        Assert.Equal(2, BuildDifference.Between(ProbeTarget.Parse("linux-arm64-jit"), ProbeTarget.Parse("linux-x64-aot")).Count);
    }

    [Fact]
    public void The_harness_commit_is_read_in_a_linked_worktree_and_from_packed_refs_as_git_reads_it()
    {
        var repository = TestData.TempDirectory();
        var worktree = Path.Combine(TestData.TempDirectory(), "linked");
        Git(repository, "init", "-q", "-b", "main");
        File.WriteAllText(Path.Combine(repository, "a.txt"), "a");
        Git(repository, "add", "a.txt");
        Git(repository, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "a");
        Git(repository, "worktree", "add", "-q", "-b", "side", worktree);
        Git(repository, "pack-refs", "--all");

        Assert.Equal(Git(repository, "rev-parse", "HEAD"), MachineProbe.GitCommit(repository));
        Assert.Equal(Git(worktree, "rev-parse", "HEAD"), MachineProbe.GitCommit(worktree));
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output.Trim();
    }
}
