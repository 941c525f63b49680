using BenchHarness.Core.Model;
using BenchHarness.Core.Results;

namespace BenchHarness.Core.Reports.Columns;

/// <summary>The columns of a platform as run, each defined once.</summary>
public static class PlatformColumns
{
    public static readonly Column<PlatformResult> Name = new("platform", "platform", p => p.Name);
    public static readonly Column<PlatformResult> Target = new("target", "target", p => p.Target);
    public static readonly Column<PlatformResult> Launcher = new("launcher", "launcher", p => p.Launcher.Count == 0 ? "(native)" : string.Join(' ', p.Launcher));
    public static readonly Column<PlatformResult> Environment = new("environment", "environment",
        p => p.Environment.Count == 0 ? "–" : string.Join(' ', p.Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")));
    public static readonly Column<PlatformResult> GuestCpu = new("guestCpu", "guest CPU model", p => p.GuestCpu ?? "–", p => p.GuestCpu);
    public static readonly Column<PlatformResult> Baseline = new("baseline", "baseline", p => p.Baseline ?? "–", p => p.Baseline);
    public static readonly Column<PlatformResult> Status = new("status", "status", p => p.Reason is null ? Words.Of(p.Status) : $"{Words.Of(p.Status)}: {p.Reason}", p => Words.Of(p.Status));
    public static readonly Column<PlatformResult> Version = new("version", "emulator version",
        p => (p.Version ?? "–") + (p.Build is { } b ? $"; {b}" : ""), p => p.Version);
    public static readonly Column<PlatformResult> Runtime = new("runtime", "runtime", p => p.Runtime ?? "–", p => p.Runtime);
    public static readonly Column<PlatformResult> GuestSees = new("guest_sees", "guest sees",
        p => (p.GuestIsa is not { } isa ? "–" : Words.OfExtensions(isa)) + (p.GuestIsaNote is { } note ? $" ({note})" : ""),
        p => p.GuestIsa is { } isa ? string.Join(' ', isa) : null);
    public static readonly Column<PlatformResult> Besides = new("besides", "besides the emulator", p => p.BesidesTheEmulator.Count == 0 ? "–" : string.Join(' ', p.BesidesTheEmulator));

    public static readonly ColumnTable<PlatformResult> Table = new("Platforms", [Name, Target, Launcher, Environment, Baseline, Status, Version, Runtime, GuestCpu, GuestSees, Besides]);
}
