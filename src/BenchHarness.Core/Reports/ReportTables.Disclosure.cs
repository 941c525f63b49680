using BenchHarness.Core.Model;
using BenchHarness.Core.Reports.Columns;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports;

/// <summary>The disclosure table: rows of what was measured on and with, one column per machine.</summary>
public static partial class ReportTables
{
    /// <summary>
    /// Full disclosure: the machine, the software and the build the numbers were measured on and with; with several
    /// machines (remote hosts, a merge), one column per machine.
    /// </summary>
    public static Table Disclosure(RunResult result)
    {
        const string title = "Disclosure";
        var machines = result.Machines.Count > 1 ? result.Machines
            : [new MachineEntry { Name = "", Runtime = result.Host.Platform, Machine = result.Host.Machine }];
        string[] Across(string what, Func<MachineEntry, string> value) => [what, .. machines.Select(value)];
        var rows = new List<string[]>
        {
            Across("host", e => e.Runtime ?? "–"),
            Across("CPU", e => e.Machine is not { } m ? Unrecorded(e) : $"{m.CpuModel ?? "–"}, {Format.Count(m.Cores)} cores{(m.CpuFlags.Count > 0 ? "; " + string.Join(' ', m.CpuFlags) : "")}"),
            Across("memory", e => e.Machine?.MemoryBytes is { } bytes ? Format.GiB(bytes) : Unrecorded(e)),
            Across("operating system", e => e.Machine is not { } m ? Unrecorded(e) : $"{m.Os ?? "–"}, kernel {m.Kernel ?? "–"}"),
            Across("virtual machine", e => e.Machine is not { } m ? Unrecorded(e) : m.VirtualMachine ?? "none detected"),
            Across("container", e => e.Machine is not { } m ? Unrecorded(e) : m.Container ?? "none detected"),
            Across("file systems", e => e.Machine is not { } m || m.FileSystems.Count == 0 ? Unrecorded(e) : string.Join("; ", m.FileSystems.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"))),
            Across(".NET", e => e.Remote ? "– (the probes are self-contained)" : e.Machine is not { } m ? Unrecorded(e) : $"SDK {m.DotnetSdk ?? "–"}, harness runtime {m.DotnetRuntime ?? "–"}"),
            Across("BenchHarness", e => e.Remote ? "driven over ssh" : e.Machine?.Harness is { } h ? h + (e.Machine.HarnessDirty switch { true => " with uncommitted changes", false => " (clean tree)", null => "" }) : Unrecorded(e)),
            Across("probe builds (SHA-256)", e => e.Machine is not { } m || m.ProbeBuilds.Count == 0 ? Unrecorded(e) : string.Join("; ", m.ProbeBuilds.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key} {b.Value}"))),
        };
        if (machines.Count > 1)
        {
            rows.Insert(0, Across("machine", e => (e.Remote ? "remote host, over ssh" : e.Source is { } source ? $"run {source}" : "ran the harness") + (e.Machine?.Name is { } n && n != e.Name ? $" ({n})" : "")));
            rows.Add(Across("platforms", e => e.Platforms.Count == 0 ? "–" : string.Join(", ", e.Platforms)));
        }

        rows.Add(["suite", $"{result.Suite.Name}{(result.Suite.FileSha256 is { } f ? $" (file SHA-256 {f})" : "")}: {Words.Of(result.Suite.Size)} inputs, seed {(result.Suite.Seed is { } seed ? Format.Count(seed) : "–")}, {Format.Count(result.Suite.Launches)} launches per cell, up to {Format.Count(result.Suite.Iterations)} warm iterations", .. machines.Skip(1).Select(_ => "same")]);
        rows.Add(["time", $"started {Format.Time(result.Started)}, last launch ended {Format.Time(result.Finished)}", .. machines.Skip(1).Select(e => e.Started is { } t && t != result.Started ? $"started {Format.Time(t)}" : "same")]);
        return new Table(title, machines.Count > 1 ? ["what", .. machines.Select(e => e.Name)] : ["what", "value"], rows,
            Legends.Entry(title, machines.Count > 1 ? "machines" : "one-machine"));
    }


    private static string Unrecorded(MachineEntry machine) => machine.Unreachable is not null ? "not reached" : "not recorded";
}
