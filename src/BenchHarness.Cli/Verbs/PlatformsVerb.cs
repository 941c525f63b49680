using System.CommandLine;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;
using BenchHarness.Core.Platforms;

namespace BenchHarness.Cli.Verbs;

/// <summary><c>platforms</c>: every shipped platform and template, available or why not, with the emulator's version.</summary>
internal static class PlatformsVerb
{
    public static Command Command()
    {
        var command = new Command("platforms", "Lists every shipped platform and template: available, or why not; and the emulator's version.");
        command.SetAction(_ => Execute());
        return command;
    }

    private static int Execute()
    {
        var layout = ProjectLayout.Discover();
        var checker = new PlatformChecker(layout);
        var platforms = PlatformLoader.Shipped(layout, includeTemplates: true);
        static string Against(PlatformDefinition p) => p.Baseline is null ? "baseline" : $"vs {p.Baseline}";
        var nameWidth = platforms.Max(p => p.Name.Length);
        var targetWidth = platforms.Max(p => p.Target.Length);
        var baselineWidth = platforms.Max(p => Against(p).Length);
        foreach (var platform in platforms)
        {
            var availability = checker.Check(platform);
            var version = (availability.Version is null ? "" : $" · {availability.Version}") + (platform.OptIn ? " · opt-in: runs only when named" : "");
            Console.WriteLine($"{platform.Name.PadRight(nameWidth)}  {platform.Target.PadRight(targetWidth)}  {Against(platform).PadRight(baselineWidth)}  {availability.Describe()}{version}");
        }

        return 0;
    }
}
