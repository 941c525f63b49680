using System.Security.Cryptography;
using System.Text;
using BenchHarness.Core.Model;
using BenchHarness.Tests.Fakes;

namespace BenchHarness.Tests.Unit;

/// <summary>
/// Issue 13's corpus of bad input, run through the real CLI as a user would: malformed suite and platform files,
/// folders that are not runs, cut journals, unknown options and missing values. Each case must end with exit code 2,
/// one line on stderr that names the problem (and the file, where there is one), no stack trace, and every file in
/// its folder as it was (nothing written, nothing overwritten).
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string Workload = """{"name":"text-wordcount-sort","weight":1}""";
    /// <summary>A platform file of the user's, valid but for <paramref name="extra"/> fields.</summary>
    private const string Program = "\"program\":{\"linux-x64\":\"/bin/true\"}";

    private const string Output = "\"output\":{\"file\":\"{out}/x.pdf\"}";

    private static string Command(params string[] fields) => CommandNamed("mine", fields);

    private static string CommandNamed(string name, params string[] fields) =>
        """{"name":"s","workloads":[{"name":""" + $"\"{name}\"" + ""","weight":1,"command":{"args":[],"cold":"a fresh profile",""" + string.Join(",", fields) + "}}]}";

    private static string Mine(string extra) => """{"name":"mine","target":"linux-x64-aot","baseline":"native-aot",""" + extra + "}";

    /// <summary>One case: the files to put in its folder (path relative to it), the arguments ({dir} is the folder), what the line must say.</summary>
    private sealed record BadInput(string Name, IReadOnlyDictionary<string, Func<byte[]>> Files, string[] Args, string Expected)
    {
        public override string ToString() => Name;
    }

    private static Func<byte[]> Text(string text) => () => Encoding.UTF8.GetBytes(text);

    private static BadInput Suite(string name, string json, string expected) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["suite.json"] = Text(json) }, ["run", "--suite", "{dir}/suite.json", "--platform", "native-aot", "--out", "{dir}/out"], expected);

    private static BadInput SuiteBytes(string name, Func<byte[]> bytes, string expected) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["suite.json"] = bytes }, ["run", "--suite", "{dir}/suite.json", "--platform", "native-aot", "--out", "{dir}/out"], expected);

    private static BadInput Platform(string name, string json, string expected) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["platform.json"] = Text(json) }, ["run", "--suite", "quick", "--platform", "{dir}/platform.json", "--out", "{dir}/out"], expected);

    /// <summary>A folder that holds a report from before and the given run files; <paramref name="verb"/> is run on it.</summary>
    private static BadInput Folder(string name, string verb, Dictionary<string, Func<byte[]>> files, string expected)
    {
        files["report.md"] = Text("# the report from before\n");
        return new BadInput(name, files, [verb, "{dir}"], expected);
    }

    private static BadInput Host(string name, string json, string expected) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["host.json"] = Text(json) }, ["run", "--suite", "quick", "--host", "{dir}/host.json", "--out", "{dir}/out"], expected);

    /// <summary>A host file of the user's, valid but for <paramref name="ssh"/> and <paramref name="extra"/>.</summary>
    private static string HostFile(string ssh = """{"host":"127.0.0.1"}""", string extra = "") =>
        """{"name":"arm-laptop","platforms":["native-aot"],"ssh":""" + ssh + extra + "}";

    private static BadInput Options(string name, string args, string expected) =>
        new(name, new Dictionary<string, Func<byte[]>>(), args.Split(' '), expected);

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static byte[] SampleResult() => File.ReadAllBytes(Path.Combine(ProjectLayout.Discover().Root, "results", "sample", "result.json"));

    /// <summary>The approved fixture journal with its third line cut in half and the lines after it kept: damage, not an interrupted write.</summary>
    private static byte[] JournalCutInTheMiddle()
    {
        var lines = Encoding.UTF8.GetString(Fixture("journal-format2-approved.jsonl")).Split('\n');
        lines[2] = lines[2][..(lines[2].Length / 2)];
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>The cases' names, each a test of its own (the name is what the test runner shows and can filter by).</summary>
    public static TheoryData<string> Names() => [.. Corpus.Select(c => c.Name)];

    private static readonly IReadOnlyList<BadInput> Corpus =
    [
        // Suite files.
        Suite("suite without workloads", """{"name":"s"}""", "workloads"),
        Suite("suite without a name", $$"""{"workloads":[{{Workload}}]}""", "name"),
        Suite("suite with a string for a number", $$"""{"name":"s","iterations":"ten","workloads":[{{Workload}}]}""", "at $.iterations"),
        Suite("suite with an unknown workload", """{"name":"s","workloads":[{"name":"nope","weight":1}]}""", "unknown workload 'nope'"),
        Suite("suite with negative iterations", $$"""{"name":"s","iterations":-5,"workloads":[{{Workload}}]}""", "iterations must lie between 3 and 100,000"),
        Suite("suite with iterations beyond a whole number", $$"""{"name":"s","iterations":1000000000000,"workloads":[{{Workload}}]}""", "at $.iterations"),
        Suite("suite with a huge number of launches", $$"""{"name":"s","launches":5000,"workloads":[{{Workload}}]}""", "launches must lie between 1 and 1,000"),
        Suite("suite with a negative warm-up", $$"""{"name":"s","warmup":-1,"workloads":[{{Workload}}]}""", "warmup must lie between 0 and 10,000"),
        Suite("suite naming a workload twice", $$"""{"name":"s","workloads":[{{Workload}},{{Workload}}]}""", "a workload is listed twice"),
        Suite("suite with a negative weight", """{"name":"s","workloads":[{"name":"text-wordcount-sort","weight":-1}]}""", "needs a positive weight"),
        Suite("suite with a zero timeout", $$"""{"name":"s","timeoutSeconds":0,"workloads":[{{Workload}}]}""", "timeoutSeconds and maxSecondsPerLaunch must be positive"),
        Suite("suite with a timeout beyond a day", $$"""{"name":"s","timeoutSeconds":1e9,"workloads":[{{Workload}}]}""", "at most a day"),
        Suite("suite with a field of another name", $$"""{"name":"s","timeout":5,"workloads":[{{Workload}}]}""", "timeout"),
        Suite("suite that is an array", "[]", "is not valid"),
        Suite("suite that is empty", "", "is not valid"),
        SuiteBytes("suite that is not UTF-8", () => [.. "{\"name\":\""u8, 0xff, 0xfe, .. "\"}"u8], "is not UTF-8 text"),
        SuiteBytes("suite of 50 MB", () => Encoding.UTF8.GetBytes("{\"name\":\"" + new string('x', 50 * 1024 * 1024) + "\"}"), "is 50.0 MB"),
        Suite("command with a relative program", Command("\"program\":{\"linux-x64\":\"soffice.bin\"}", Output), "'soffice.bin' must be an absolute path"),
        Suite("command input that is a path", Command(Program, "\"inputs\":[{\"file\":\"../x.docx\",\"generator\":\"empty-docx\"}]", Output), "input '../x.docx' must be a plain file name"),
        Suite("command input of an unknown generator", Command(Program, "\"inputs\":[{\"file\":\"x.docx\",\"generator\":\"novel\"}]", Output), "unknown generator 'novel'"),
        Suite("command input that is a missing document", Command(Program, "\"inputs\":[{\"file\":\"x.docx\",\"path\":\"/nonexistent/x.docx\"}]", Output), "document '/nonexistent/x.docx' does not exist"),
        Suite("command with its page range reversed", Command(Program, "\"output\":{\"file\":\"{out}/x.pdf\",\"pages\":[9,1]}"), "output.pages must be [lowest, highest]"),
        Suite("command without an output check", Command(Program), "output"),
        Suite("command named like a probe workload", CommandNamed("document-open", Program, Output), "has the name of a probe workload"),
        new("suite file that does not exist", new Dictionary<string, Func<byte[]>>(), ["run", "--suite", "{dir}/missing.json", "--out", "{dir}/out"], "does not exist"),

        // Platform files.
        Platform("platform without a target", """{"name":"mine","baseline":"native-aot"}""", "target"),
        Platform("platform whose launcher is a string", Mine("\"launcher\":\"qemu-x86_64 -L /x\""), "at $.launcher"),
        Platform("platform whose launcher does not exist", Mine("\"launcher\":[\"/opt/nowhere/qemu-x86_64\"]"), "'/opt/nowhere/qemu-x86_64' is not found on this machine"),
        Platform("platform whose launcher has an empty word", Mine("\"launcher\":[\"/bin/sh\",\"\"]"), "has an empty word"),
        Platform("platform env that smuggles a second variable", Mine("\"env\":{\"A=B C\":\"1\"}"), "'A=B C', which is not a variable name"),
        Platform("platform env that sets the harness's mark", Mine("\"env\":{\"BENCHHARNESS_RUN\":\"x\"}"), "which the harness sets itself"),
        Platform("platform env with a number for a value", Mine("\"env\":{\"X\":1}"), "at $.env"),
        Platform("platform compared with an unknown platform", """{"name":"mine","target":"linux-x64-aot","baseline":"nope"}""", "compared with 'nope', which is not a known platform"),
        Platform("platform that is its own baseline", """{"name":"mine","target":"linux-x64-aot","baseline":"mine"}""", "cannot be its own baseline"),
        Platform("platform that stops mid-way", """{"name":""", "is not valid"),
        Platform("platform under a shipped platform's name", """{"name":"native-aot","target":"linux-arm64-aot"}""", "as a shipped platform defined otherwise"),
        Platform("platform with a number for an architecture", Mine("\"expectArch\":64"), "at $.expectArch"),

        // Folders that are not runs, and damaged runs.
        Folder("report on an empty journal", "report", new() { ["journal.jsonl"] = Text("") }, "not a BenchHarness journal"),
        Folder("report on a journal that starts with a sample", "report", new() { ["journal.jsonl"] = Text("""{"type":"sample"}""" + "\n") }, "does not start with a run record"),
        Folder("report on a journal cut in the middle", "report", new() { ["journal.jsonl"] = JournalCutInTheMiddle }, "line 3 is corrupt"),
        Folder("report on a binary journal", "report", new() { ["journal.jsonl"] = () => RandomNumberGenerator.GetBytes(4096) }, "is not JSON"),
        Folder("report on a folder without a journal", "report", new() { ["notes.txt"] = Text("hello") }, "holds no journal.jsonl"),
        Folder("compare on a result cut in half", "compare", new() { ["result.json"] = () => SampleResult()[..(SampleResult().Length / 2)] }, "is corrupt"),
        Folder("compare on a result without a schema version", "compare", new() { ["result.json"] = Text("{}") }, "has no schemaVersion"),
        Folder("compare on a result from a newer version", "compare", new() { ["result.json"] = Text("""{"schemaVersion":99}""") }, "written by a newer BenchHarness"),
        new("resume of a folder that holds no run", new Dictionary<string, Func<byte[]>> { ["report.md"] = Text("before") }, ["run", "--resume", "{dir}"], "holds no journal.jsonl"),
        new("history of a file that is not a run", new Dictionary<string, Func<byte[]>> { ["file"] = Text("") }, ["history", "{dir}/file", "--out", "{dir}/trend"], "is corrupt"),

        // Host files (run --host), found bad before any connection is made.
        Host("host file without its ssh destination", """{"name":"arm-laptop","platforms":["native-aot"]}""", "ssh"),
        Host("host file whose name has a space", HostFile().Replace("arm-laptop", "arm laptop", StringComparison.Ordinal), "must be letters, digits"),
        Host("host file with no platforms", HostFile().Replace("\"native-aot\"", "", StringComparison.Ordinal), "names no platforms"),
        Host("host file whose ssh host is an option", HostFile("""{"host":"-oProxyCommand=touch /tmp/x"}"""), "ssh.host must name the machine"),
        Host("host file with a port out of range", HostFile("""{"host":"127.0.0.1","port":70000}"""), "is not a TCP port"),
        Host("host file with an unknown field", HostFile(extra: ""","sshd":"yes" """), "sshd"),
        Host("host file naming an unknown platform", HostFile().Replace("native-aot", "no-such-platform", StringComparison.Ordinal), "Unknown platform 'no-such-platform'"),
        new("two host files under one name", new Dictionary<string, Func<byte[]>> { ["host.json"] = Text(HostFile()), ["other.json"] = Text(HostFile()) },
            ["run", "--suite", "quick", "--host", "{dir}/host.json", "--host", "{dir}/other.json", "--out", "{dir}/out"], "are both named 'arm-laptop'"),
        new("host file that does not exist", new Dictionary<string, Func<byte[]>>(), ["run", "--suite", "quick", "--host", "{dir}/missing.json", "--out", "{dir}/out"], "does not exist"),
        Options("merge of nothing", "merge --out /tmp/merged", "give two or more run folders"),
        Options("merge without --out", "merge /tmp /var", "give --out DIR"),

        // Options.
        Options("an option without its value", "run --out", "Required argument missing for option: '--out'"),
        Options("report without a folder", "report", "give one run folder"),
        Options("an option given twice", "run --suite quick --suite default", "Option '--suite' expects a single argument but 2 were provided"),
        Options("an option a verb does not know", "report /tmp --bogus", "Unknown option --bogus"),
        Options("a misspelt option", "compare /tmp --treshold 5%", "did you mean --threshold?"),
        Options("a misspelt verb", "histroy /tmp", "did you mean history?"),
        Options("an argument to a verb that takes none", "workloads extra", "Unrecognized command or argument 'extra'"),
        Options("a negative number of launches", "run --launches -1", "not '-1'"),
        Options("a threshold that is not a number", "compare /tmp /tmp --threshold abc", "--threshold 'abc' is not a number"),
        Options("history without --out", "history /tmp", "give --out DIR"),
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Bad_input_is_exit_2_and_one_line_and_nothing_is_overwritten(string name)
    {
        var input = Corpus.Single(c => c.Name == name);
        var directory = TestData.TempDirectory();
        foreach (var (path, content) in input.Files)
        {
            File.WriteAllBytes(Path.Combine(directory, path), content());
        }

        var before = Snapshot(directory);
        var (exit, stdout, stderr) = CliProcess.Run(input.Args.Select(a => a.Replace("{dir}", directory, StringComparison.Ordinal)).ToArray());

        Assert.True(exit == 2, $"exit {exit}\nstderr: {stderr}\nstdout: {stdout}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(input.Expected, line);
        Assert.StartsWith("benchharness: ", line);
        Assert.True(line.Length < 1000, $"a line of {line.Length} characters");
        if (input.Files.Keys.FirstOrDefault(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal)) is { } file)
        {
            Assert.Contains(file, line);
        }

        Assert.DoesNotContain("   at ", stderr + stdout);
        Assert.Equal(before, Snapshot(directory));
    }

    /// <summary>Every file under the folder with its SHA-256.</summary>
    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
