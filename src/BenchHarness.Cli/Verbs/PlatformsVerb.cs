using System.CommandLine;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;
using BenchHarness.Core.Remote;

namespace BenchHarness.Cli.Verbs;

/// <summary>
/// <c>platforms [--host FILE]…</c>: every shipped platform and template, available or why not, with the emulator's
/// version; with <c>--host</c>, each remote host's platforms checked there, before a long run.
/// </summary>
internal static class PlatformsVerb
{
    private static readonly Option<string[]> Host = CommandLine.Repeatable("--host", "FILE",
        "Also checks a remote machine over ssh: its platforms (from the host file), as a run would check them there. Repeatable.");

    public static Command Command()
    {
        var command = new Command("platforms", "Lists every shipped platform and template: available, or why not; and the emulator's version. With --host, a remote machine's platforms, checked there.")
        {
            Host,
        };
        command.SetAction(parsed => Execute(parsed.Many(Host)));
        return command;
    }

    private static int Execute(IReadOnlyList<string> hostFiles)
    {
        var layout = ProjectLayout.Discover();
        var checker = new PlatformChecker(layout);
        var rows = PlatformLoader.Shipped(layout, includeTemplates: true).Select(p => (Platform: p, Check: (Func<PlatformAvailability>)(() => checker.Check(p)))).ToList();
        foreach (var definition in HostLoader.LoadAll(hostFiles, layout))
        {
            Console.Error.WriteLine($"host {definition.Name}: connecting to {definition.Ssh} …");
            var (host, unreachable) = RemoteHost.Connect(definition, layout);
            rows.AddRange(HostLoader.Platforms(definition, layout).Select(p => (p, (Func<PlatformAvailability>)(() =>
                host is null ? new PlatformAvailability(false, unreachable, null) : host.Check(p)))));
        }

        static string Against(PlatformDefinition p) => p.Baseline is null ? "baseline" : $"vs {p.Baseline}";
        var nameWidth = rows.Max(r => r.Platform.Name.Length);
        var targetWidth = rows.Max(r => r.Platform.Target.Name.Length);
        var baselineWidth = rows.Max(r => Against(r.Platform).Length);
        foreach (var (platform, check) in rows)
        {
            var availability = check();
            var version = (availability.Version is null ? "" : $" · {availability.Version}") + (platform.OptIn ? " · opt-in: runs only when named" : "");
            Console.WriteLine($"{platform.Name.PadRight(nameWidth)}  {platform.Target.Name.PadRight(targetWidth)}  {Against(platform).PadRight(baselineWidth)}  {availability.Describe()}{version}");
        }

        return 0;
    }
}
