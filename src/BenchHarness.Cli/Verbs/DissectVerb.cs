using System.CommandLine;
using System.Globalization;
using BenchHarness.Core.Analysis;
using BenchHarness.Core.Model;
using BenchHarness.Core.Runner;

namespace BenchHarness.Cli.Verbs;

/// <summary>
/// <c>dissect PROFILE…</c>: where an emulator process spent its host instructions, from cachegrind profiles, one column
/// each (two builds side by side): translated code, code generation, helpers, memory map, libraries, the rest.
/// </summary>
internal static class DissectVerb
{
    private static readonly Argument<string[]> Profiles = CommandLine.Folders(
        "cachegrind.out files of emulator processes (valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file EMULATOR …) or callgrind dumps, one column each; or the folder of a run that counted instructions (run --measure instructions): each workload and platform, and plots/dissect.png and .svg in it.", "PROFILE|RUN");

    private static readonly Option<string> Top = CommandLine.Single("--top", "N", "How many of the functions with most instructions to list per profile. Default: 10.");

    public static Command Command()
    {
        var command = new Command("dissect", "Splits the host instructions of emulator processes, counted by valgrind's cachegrind, into translated code, code generation, helpers, the memory map, libraries and the rest (by function names; a binary without symbols leaves its own code and its translated code together), one column per profile.")
        {
            Profiles, Top,
        };
        command.SetAction(Execute);
        return command;
    }

    private static int Execute(ParseResult arguments)
    {
        var paths = arguments.GetValue(Profiles) ?? [];
        if (paths.Length == 0)
        {
            throw new BadInputException(BadInputKind.BadArgument, "dissect", "dissect: give one or more cachegrind.out files.");
        }

        if (paths.Length == 1 && Directory.Exists(paths[0]))
        {
            return DissectRun(paths[0]);
        }

        var top = arguments.GetValue(Top) is { } text ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1000 ? n
            : throw new BadInputException(BadInputKind.BadArgument, text, $"dissect: --top {text}: a number of functions from 1 to 1000.") : 10;
        var profiles = paths.Select(p => (Path: p, Profile: HostInstructionProfile.Parse(Read(p), p))).ToList();
        var dissected = profiles.Select(p => Dissection.Of(p.Profile)).ToList();
        var parts = Enum.GetValues<HostPart>().Where(part => dissected.Any(d => d.Parts.Any(s => s.Part == part))).ToList();
        var width = parts.Max(p => Dissection.Name(p).Length);
        for (var i = 0; i < profiles.Count; i++)
        {
            Console.WriteLine($"[{i + 1}] {profiles[i].Path}: {profiles[i].Profile.Command} — {profiles[i].Profile.Total.ToString("N0", CultureInfo.InvariantCulture)} host instructions"
                + (dissected[i].HasSymbols ? "" : " (the emulator has no symbols: its own code and its translated code are one part)"));
        }

        Console.WriteLine();
        Console.WriteLine("part".PadRight(width) + string.Concat(profiles.Select((_, i) => $"  {$"[{i + 1}]",22}")));
        foreach (var part in parts)
        {
            Console.WriteLine(Dissection.Name(part).PadRight(width) + string.Concat(dissected.Select(d => d.Parts.FirstOrDefault(s => s.Part == part) is { } share
                ? $"  {share.Instructions.ToString("N0", CultureInfo.InvariantCulture),15} {share.Fraction * 100,5:0.0}%"
                : $"  {"–",22}")));
        }

        for (var i = 0; i < profiles.Count; i++)
        {
            Console.WriteLine();
            Console.WriteLine($"[{i + 1}] the {top} functions with most instructions:");
            foreach (var f in profiles[i].Profile.Functions.Take(top))
            {
                Console.WriteLine($"  {f.Instructions.ToString("N0", CultureInfo.InvariantCulture),15} {f.Instructions * 100.0 / Math.Max(1, profiles[i].Profile.Total),5:0.00}%  {f.File}:{f.Function}  ({Dissection.Name(Dissection.PartOf(f, dissected[i].HasSymbols))})");
            }
        }

        return 0;
    }

    /// <summary>Each workload and platform of a counting run, its parts as shares, and the stacked-bar plot beside its report.</summary>
    private static int DissectRun(string directory)
    {
        var dissections = RunDissection.Of(directory);
        if (dissections.Count == 0)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, directory, $"dissect: '{directory}' has no counted invocation of a launch that ended ok.");
        }

        var parts = Enum.GetValues<HostPart>().Where(part => dissections.Any(d => d.Result.Parts.Any(s => s.Part == part))).ToList();
        var rows = dissections.OrderBy(d => d.Workload, StringComparer.Ordinal).ThenBy(d => d.Platform, StringComparer.Ordinal).ToList();
        var width = rows.Max(r => r.Workload.Length + r.Platform.Length + 3);
        Console.WriteLine("workload · platform".PadRight(width) + "  instructions per invocation" + string.Concat(parts.Select(p => $"  {Dissection.Name(p)}")));
        foreach (var row in rows)
        {
            Console.WriteLine($"{row.Workload} · {row.Platform}".PadRight(width) + $"  {(row.Result.Total / Math.Max(1, row.Invocations)).ToString("N0", CultureInfo.InvariantCulture),28}"
                + string.Concat(parts.Select(p => $"  {(row.Result.Parts.FirstOrDefault(s => s.Part == p)?.Fraction ?? 0).ToString("0.0%", CultureInfo.InvariantCulture).PadLeft(Dissection.Name(p).Length)}")));
        }

        foreach (var file in Plots.DissectChart.Export(dissections))
        {
            var path = Path.Combine(directory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            Console.WriteLine($"wrote {path}");
        }

        return 0;
    }

    private static string Read(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new BadInputException(BadInputKind.MissingFile, path, $"dissect: '{path}' does not exist.");
}
