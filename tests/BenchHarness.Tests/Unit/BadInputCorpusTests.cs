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

    /// <summary>
    /// One case: the files to put in its folder (path relative to it), the arguments ({dir} is the folder), the kind of
    /// bad input, what it is about (by default the case's JSON file) and, only where the wording is the fix, what the line says.
    /// </summary>
    private sealed record BadInput(string Name, IReadOnlyDictionary<string, Func<byte[]>> Files, string[] Args, BadInputKind Kind, string? Subject = null, string? Says = null)
    {
        public override string ToString() => Name;
    }

    private static Func<byte[]> Text(string text) => () => Encoding.UTF8.GetBytes(text);

    private static BadInput Suite(string name, string json, BadInputKind kind) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["suite.json"] = Text(json) }, ["run", "--suite", "{dir}/suite.json", "--platform", "native-aot", "--out", "{dir}/out"], kind);

    private static BadInput SuiteBytes(string name, Func<byte[]> bytes, BadInputKind kind) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["suite.json"] = bytes }, ["run", "--suite", "{dir}/suite.json", "--platform", "native-aot", "--out", "{dir}/out"], kind);

    private static BadInput Platform(string name, string json, BadInputKind kind, string? subject = null) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["platform.json"] = Text(json) }, ["run", "--suite", "quick", "--platform", "{dir}/platform.json", "--out", "{dir}/out"], kind, subject);

    /// <summary>A folder that holds a report from before and the given run files; <paramref name="verb"/> is run on it.</summary>
    private static BadInput Folder(string name, string verb, Dictionary<string, Func<byte[]>> files, BadInputKind kind, string? subject = null, string? says = null)
    {
        files["report.md"] = Text("# the report from before\n");
        return new BadInput(name, files, [verb, "{dir}"], kind, subject, says);
    }

    private static BadInput Host(string name, string json, BadInputKind kind) =>
        new(name, new Dictionary<string, Func<byte[]>> { ["host.json"] = Text(json) }, ["run", "--suite", "quick", "--host", "{dir}/host.json", "--out", "{dir}/out"], kind);

    /// <summary>A host file of the user's, valid but for <paramref name="ssh"/> and <paramref name="extra"/>.</summary>
    private static string HostFile(string ssh = """{"host":"127.0.0.1"}""", string extra = "") =>
        """{"name":"arm-laptop","platforms":["native-aot"],"ssh":""" + ssh + extra + "}";

    private static BadInput Options(string name, string args, BadInputKind kind, string? subject = null, string? says = null) =>
        new(name, new Dictionary<string, Func<byte[]>>(), args.Split(' '), kind, subject, says);

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
        Suite("suite without workloads", """{"name":"s"}""", BadInputKind.BadDefinition),
        Suite("suite without a name", $$"""{"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with a string for a number", $$"""{"name":"s","iterations":"ten","workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with an unknown workload", """{"name":"s","workloads":[{"name":"nope","weight":1}]}""", BadInputKind.BadDefinition),
        Suite("suite with negative iterations", $$"""{"name":"s","iterations":-5,"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with iterations beyond a whole number", $$"""{"name":"s","iterations":1000000000000,"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with a huge number of launches", $$"""{"name":"s","launches":5000,"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with a negative warm-up", $$"""{"name":"s","warmup":-1,"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite naming a workload twice", $$"""{"name":"s","workloads":[{{Workload}},{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with a negative weight", """{"name":"s","workloads":[{"name":"text-wordcount-sort","weight":-1}]}""", BadInputKind.BadDefinition),
        Suite("suite with a zero timeout", $$"""{"name":"s","timeoutSeconds":0,"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with a timeout beyond a day", $$"""{"name":"s","timeoutSeconds":1e9,"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite with a field of another name", $$"""{"name":"s","timeout":5,"workloads":[{{Workload}}]}""", BadInputKind.BadDefinition),
        Suite("suite that is an array", "[]", BadInputKind.BadDefinition),
        Suite("suite that is empty", "", BadInputKind.BadDefinition),
        SuiteBytes("suite that is not UTF-8", () => [.. "{\"name\":\""u8, 0xff, 0xfe, .. "\"}"u8], BadInputKind.BadDefinition),
        SuiteBytes("suite of 50 MB", () => Encoding.UTF8.GetBytes("{\"name\":\"" + new string('x', 50 * 1024 * 1024) + "\"}"), BadInputKind.BadDefinition),
        Suite("command with a relative program", Command("\"program\":{\"linux-x64\":\"soffice.bin\"}", Output), BadInputKind.BadDefinition),
        Suite("command input that is a path", Command(Program, "\"inputs\":[{\"file\":\"../x.docx\",\"generator\":\"empty-docx\"}]", Output), BadInputKind.BadDefinition),
        Suite("command input of an unknown generator", Command(Program, "\"inputs\":[{\"file\":\"x.docx\",\"generator\":\"novel\"}]", Output), BadInputKind.BadDefinition),
        Suite("command input that is a missing document", Command(Program, "\"inputs\":[{\"file\":\"x.docx\",\"path\":\"/nonexistent/x.docx\"}]", Output), BadInputKind.BadDefinition),
        Suite("command with its page range reversed", Command(Program, "\"output\":{\"file\":\"{out}/x.pdf\",\"pages\":[9,1]}"), BadInputKind.BadDefinition),
        Suite("command without an output check", Command(Program), BadInputKind.BadDefinition),
        Suite("command named like a probe workload", CommandNamed("document-open", Program, Output), BadInputKind.BadDefinition),
        new("suite file that does not exist", new Dictionary<string, Func<byte[]>>(), ["run", "--suite", "{dir}/missing.json", "--out", "{dir}/out"], BadInputKind.MissingFile, Subject: "{dir}/missing.json"),

        // Platform files.
        Platform("platform without a target", """{"name":"mine","baseline":"native-aot"}""", BadInputKind.BadDefinition),
        Platform("platform whose launcher is a string", Mine("\"launcher\":\"qemu-x86_64 -L /x\""), BadInputKind.BadDefinition),
        Platform("platform whose launcher does not exist", Mine("\"launcher\":[\"/opt/nowhere/qemu-x86_64\"]"), BadInputKind.MissingFile),
        Platform("platform whose launcher has an empty word", Mine("\"launcher\":[\"/bin/sh\",\"\"]"), BadInputKind.BadDefinition),
        Platform("platform env that smuggles a second variable", Mine("\"env\":{\"A=B C\":\"1\"}"), BadInputKind.BadDefinition),
        Platform("platform env that sets the harness's mark", Mine("\"env\":{\"BENCHHARNESS_RUN\":\"x\"}"), BadInputKind.BadDefinition),
        Platform("platform env with a number for a value", Mine("\"env\":{\"X\":1}"), BadInputKind.BadDefinition),
        Platform("platform compared with an unknown platform", """{"name":"mine","target":"linux-x64-aot","baseline":"nope"}""", BadInputKind.UnknownName, subject: "nope"),
        Platform("platform that is its own baseline", """{"name":"mine","target":"linux-x64-aot","baseline":"mine"}""", BadInputKind.BadDefinition),
        Platform("platform that stops mid-way", """{"name":""", BadInputKind.BadDefinition),
        Platform("platform under a shipped platform's name", """{"name":"native-aot","target":"linux-arm64-aot"}""", BadInputKind.AlreadyExists),
        Platform("platform with a number for an architecture", Mine("\"expectArch\":64"), BadInputKind.BadDefinition),
        Platform("platform with a trailing comma", Mine("\"expectArch\":\"X64\",").Replace(",}", ", }", StringComparison.Ordinal), BadInputKind.BadDefinition),

        // Folders that are not runs, and damaged runs.
        Folder("report on an empty journal", "report", new() { ["journal.jsonl"] = Text("") }, BadInputKind.UnreadableRun),
        Folder("report on a journal that starts with a sample", "report", new() { ["journal.jsonl"] = Text("""{"type":"sample"}""" + "\n") }, BadInputKind.UnreadableRun),
        Folder("report on a journal cut in the middle", "report", new() { ["journal.jsonl"] = JournalCutInTheMiddle }, BadInputKind.UnreadableRun),
        Folder("report on a binary journal", "report", new() { ["journal.jsonl"] = () => RandomNumberGenerator.GetBytes(4096) }, BadInputKind.UnreadableRun),
        Folder("report on a folder without a journal", "report", new() { ["notes.txt"] = Text("hello") }, BadInputKind.MissingFile, subject: "{dir}"),
        Folder("compare on a result cut in half", "compare", new() { ["result.json"] = () => SampleResult()[..(SampleResult().Length / 2)] }, BadInputKind.UnreadableRun),
        Folder("compare on a result without a schema version", "compare", new() { ["result.json"] = Text("{}") }, BadInputKind.UnreadableRun),
        Folder("compare on a result from a newer version", "compare", new() { ["result.json"] = Text("""{"schemaVersion":99}""") }, BadInputKind.UnreadableRun, says: "update BenchHarness"),
        new("resume of a folder that holds no run", new Dictionary<string, Func<byte[]>> { ["report.md"] = Text("before") }, ["run", "--resume", "{dir}"], BadInputKind.MissingFile, Subject: "{dir}"),
        new("history of a file that is not a run", new Dictionary<string, Func<byte[]>> { ["file"] = Text("") }, ["history", "{dir}/file", "--out", "{dir}/trend"], BadInputKind.UnreadableRun, Subject: "{dir}/file"),

        // Host files (run --host), found bad before any connection is made.
        Host("host file without its ssh destination", """{"name":"arm-laptop","platforms":["native-aot"]}""", BadInputKind.BadDefinition),
        Host("host file whose name has a space", HostFile().Replace("arm-laptop", "arm laptop", StringComparison.Ordinal), BadInputKind.BadDefinition),
        Host("host file with no platforms", HostFile().Replace("\"native-aot\"", "", StringComparison.Ordinal), BadInputKind.BadDefinition),
        Host("host file whose ssh host is an option", HostFile("""{"host":"-oProxyCommand=touch /tmp/x"}"""), BadInputKind.BadDefinition),
        Host("host file with a port out of range", HostFile("""{"host":"127.0.0.1","port":70000}"""), BadInputKind.BadDefinition),
        Host("host file with an unknown field", HostFile(extra: ""","sshd":"yes" """), BadInputKind.BadDefinition),
        Host("host file with a port written as a string", HostFile("""{"host":"127.0.0.1","port":"22"}"""), BadInputKind.BadDefinition),
        Host("host file with a trailing comma", HostFile("""{"host":"127.0.0.1",}"""), BadInputKind.BadDefinition),
        new("host file whose ssh destination lacks its host", new Dictionary<string, Func<byte[]>> { ["host.json"] = Text(HostFile("""{"user":"me"}""")) },
            ["run", "--suite", "quick", "--host", "{dir}/host.json", "--out", "{dir}/out"], BadInputKind.BadDefinition, Says: "missing the required field \"host\""),
        new("host file naming a key that does not exist", new Dictionary<string, Func<byte[]>> { ["host.json"] = Text(HostFile("""{"host":"127.0.0.1","identity":"/nonexistent/benchharness_ed25519"}""")) },
            ["run", "--suite", "quick", "--host", "{dir}/host.json", "--out", "{dir}/out"], BadInputKind.MissingFile, Says: "ssh.identity '/nonexistent/benchharness_ed25519' does not exist: make the key (ssh-keygen"),
        Host("host file naming an unknown platform", HostFile().Replace("native-aot", "no-such-platform", StringComparison.Ordinal), BadInputKind.UnknownName),
        new("two host files under one name", new Dictionary<string, Func<byte[]>> { ["host.json"] = Text(HostFile()), ["other.json"] = Text(HostFile()) },
            ["run", "--suite", "quick", "--host", "{dir}/host.json", "--host", "{dir}/other.json", "--out", "{dir}/out"], BadInputKind.AlreadyExists, Subject: "arm-laptop"),
        new("host file that does not exist", new Dictionary<string, Func<byte[]>>(), ["run", "--suite", "quick", "--host", "{dir}/missing.json", "--out", "{dir}/out"], BadInputKind.MissingFile, Subject: "{dir}/missing.json"),
        Options("merge of nothing", "merge --out /tmp/merged", BadInputKind.BadArgument, says: "give two or more run folders"),
        Options("merge without --out", "merge /tmp /var", BadInputKind.BadArgument, says: "give --out DIR"),

        // Options.
        Options("an option without its value", "run --out", BadInputKind.BadArgument),
        Options("report without a folder", "report", BadInputKind.BadArgument, says: "give one run folder"),
        Options("an option given twice", "run --suite quick --suite default", BadInputKind.BadArgument),
        Options("an option a verb does not know", "report /tmp --bogus", BadInputKind.BadArgument),
        Options("a misspelt option", "compare /tmp --treshold 5%", BadInputKind.BadArgument, says: "did you mean --threshold?"),
        Options("a misspelt verb", "histroy /tmp", BadInputKind.BadArgument, says: "did you mean history?"),
        Options("a misspelt suite", "run --suite defualt", BadInputKind.UnknownName, subject: "defualt", says: "did you mean default?"),
        Options("a misspelt measure", "run --measure instructons", BadInputKind.BadArgument, subject: "instructons", says: "did you mean instructions?"),
        Options("an argument to a verb that takes none", "workloads extra", BadInputKind.BadArgument),
        Options("a negative number of launches", "run --launches -1", BadInputKind.BadArgument, subject: "-1"),
        Options("a threshold that is not a number", "compare /tmp /tmp --threshold abc", BadInputKind.BadArgument, subject: "abc"),
        Options("history without --out", "history /tmp", BadInputKind.BadArgument, says: "give --out DIR"),
        new("dissect of a file that is not a cachegrind profile", new Dictionary<string, Func<byte[]>> { ["p.out"] = Text("hello\n") }, ["dissect", "{dir}/p.out"], BadInputKind.UnreadableRun, Subject: "{dir}/p.out"),
        new("dissect of a file that does not exist", new Dictionary<string, Func<byte[]>>(), ["dissect", "{dir}/missing.out"], BadInputKind.MissingFile, Subject: "{dir}/missing.out"),
        Options("dissect of nothing", "dissect", BadInputKind.BadArgument, subject: "dissect", says: "give one or more cachegrind.out files"),
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_input_is_exit_2_and_one_line_of_its_kind_and_nothing_is_overwritten(string name)
    {
        var input = Corpus.Single(c => c.Name == name);
        var directory = TestData.TempDirectory();
        foreach (var (path, content) in input.Files)
        {
            File.WriteAllBytes(Path.Combine(directory, path), content());
        }

        var before = Snapshot(directory);
        var args = input.Args.Select(a => a.Replace("{dir}", directory, StringComparison.Ordinal)).ToArray();
        var (exit, stdout, stderr) = CliProcess.Run(args);
        var error = await CliProcess.BadInputAsync(args);

        Assert.True(exit == 2, $"exit {exit}\nstderr: {stderr}\nstdout: {stdout}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("benchharness: ", line);
        Assert.True(line.Length < 1000, $"a line of {line.Length} characters");
        var file = input.Files.Keys.FirstOrDefault(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal));
        if (file is not null)
        {
            Assert.Contains(file, line);
        }

        var subject = input.Subject?.Replace("{dir}", directory, StringComparison.Ordinal) ?? (file is null ? null : Path.Combine(directory, file));
        Assert.Equal((input.Kind, subject), (error.Kind, error.Subject));
        Assert.Contains(input.Says ?? "", line);

        Assert.DoesNotContain("   at ", stderr + stdout);
        // Worded in the user's terms: no .NET type names (System.Text.Json's own messages carry them).
        Assert.DoesNotContain("BenchHarness.Core", line);
        Assert.DoesNotContain("System.", line);
        Assert.Equal(before, Snapshot(directory));
    }

    /// <summary>Every file under the folder with its SHA-256.</summary>
    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
