using System.CommandLine;
using BenchHarness.Core.Builds;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Cli.Verbs;

/// <summary>
/// <c>emulators fetch PACKAGE=VERSION…</c> and <c>emulators list</c>: Debian builds of emulator packages beside the installed
/// one, under <c>.state/emulators/</c>, to name as candidates (<c>--candidate qemu-aarch64=qemu-user@VERSION</c>).
/// </summary>
internal static class EmulatorsVerb
{
    private static readonly Argument<string[]> Builds = new("PACKAGE=VERSION")
    {
        Description = "A Debian package and its version, e.g. qemu-user=10.0.2+ds-2+deb13u1~bpo12+1 (the epoch 1: may be left out).",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Command Command()
    {
        var fetch = new Command("fetch", """
            Downloads Debian builds of an emulator package (Debian 12 with its security updates and backports, Debian 13) into
            .state/emulators/PACKAGE/VERSION/ with apt's own sources list and lists (the machine's apt configuration is not
            touched), checks the .deb's SHA-256 against the registry's signed index, unpacks it and runs its emulators'
            --version. A build that cannot run here is refused with the reason; one already fetched is not downloaded again.
            """)
        {
            Builds,
        };
        fetch.SetAction(parsed => Fetch(parsed.GetValue(Builds) ?? []));
        var list = new Command("list", "Lists the fetched builds: package, version, suite, programs with their version and linking, .deb SHA-256.");
        list.SetAction(_ => List());
        return new Command("emulators", "Fetches Debian builds of emulators to gate, follow in a history or bisect (fetch, list).") { fetch, list };
    }

    private static int Fetch(IReadOnlyList<string> specs)
    {
        var names = specs.Select(s => BuildName.Parse(s, '=', "emulators fetch")).ToList();
        var layout = ProjectLayout.Discover();
        var store = new BuildStore(layout);
        var fetcher = new BuildFetcher(store, DebianRegistry.For(store, Console.Error.WriteLine), Console.Error.WriteLine);
        var shipped = PlatformLoader.Shipped(layout, includeTemplates: true);
        foreach (var name in names)
        {
            var programs = shipped.Where(p => p.Packages.Contains(name.Package) && p.Launcher.Count > 0).Select(p => Path.GetFileName(p.Launcher[0])).Distinct().ToList();
            var build = fetcher.Fetch(name, programs);
            Console.WriteLine(Describe(store.FolderOf(name), build));
        }

        return 0;
    }

    private static int List()
    {
        var store = new BuildStore(ProjectLayout.Discover());
        var builds = store.All();
        if (builds.Count == 0)
        {
            Console.WriteLine($"No emulator build fetched yet ({store.Directory}): benchharness emulators fetch PACKAGE=VERSION.");
        }

        foreach (var (folder, build) in builds)
        {
            Console.WriteLine(Describe(folder, build));
        }

        return 0;
    }

    private static string Describe(string folder, FetchedBuild build) =>
        $"{build.Package}@{Path.GetFileName(folder)}  {build.Version}  {build.Suite ?? "–"}  .deb SHA-256 {build.Sha256}\n"
        + string.Concat(build.Programs.Select(p => $"  {p.Name}: {p.VersionLine}{(p.Linked is null ? "" : $" ({p.Linked}ally linked)")}  {Path.Combine(folder, p.Path)}\n")).TrimEnd('\n');
}
