namespace BenchHarness.Core.Model;

/// <summary>A suite entry's command section: its JSON field <c>command</c>.</summary>
public sealed partial record SuiteWorkload
{
    /// <summary>A command to run instead of the probe's workload of this name; null for a probe workload.</summary>
    public CommandWorkload? Command { get; init; }
}

/// <summary>
/// A suite entry that runs a program instead of a probe workload (a real office application, for example headless
/// LibreOffice converting a document). Each timed invocation is a whole process, started under the platform's
/// launcher and timed by the host from start to exit. One launch (round) of a command cell is: a fresh folder, the
/// prepare commands, the first start (timed, reported apart), one cold invocation, the warm-up invocations and the
/// warm ones, each followed by its output check and the clean-up commands.
/// </summary>
/// <remarks>
/// In <see cref="Args"/>, <see cref="FirstStart"/>, <see cref="Prepare"/>, <see cref="CleanUp"/> and the output file
/// these words are replaced (<see cref="Placeholders"/>): <c>${INPUTS}</c> the folder of the prepared inputs,
/// <c>${FRESH}</c> the launch's own folder (made empty when the launch starts, removed when it ends: a user profile
/// lives there), <c>${FRESH_URL}</c> the same as a <c>file://</c> URL, <c>${OUT}</c> a folder emptied before every
/// invocation. The words of older suites, <c>{inputs}</c>, <c>{fresh}</c>, <c>{fresh-url}</c> and <c>{out}</c>, are still read.
/// </remarks>
public sealed record CommandWorkload
{
    /// <summary>The program per platform runtime identifier (<c>linux-x64</c>, <c>linux-arm64</c>): the target's OS and architecture.</summary>
    public required IReadOnlyDictionary<string, string> Program { get; init; }

    public required IReadOnlyList<string> Args { get; init; }

    /// <summary>
    /// Arguments of the launch's first start, which creates the application's state (a user profile): timed under
    /// the launcher and reported apart, never a sample. None: the cold invocation is the first start.
    /// </summary>
    public IReadOnlyList<string>? FirstStart { get; init; }

    public IReadOnlyList<CommandInput> Inputs { get; init; } = [];

    /// <summary>Commands (argv) run natively before the first start of every launch, outside the timing.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Prepare { get; init; } = [];

    /// <summary>Commands (argv) run natively after every invocation, outside the timing.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CleanUp { get; init; } = [];

    public required OutputCheck Output { get; init; }

    /// <summary>What "cold" means for this command, said in the report (for example "the first conversion after a fresh profile").</summary>
    public required string Cold { get; init; }

    /// <summary>Debian packages that provide the program, named when it is missing.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>
    /// The empty command per runtime identifier, timed under the platform's launcher at the start of every launch:
    /// the harness's own launch overhead (with the emulator's start-up), reported beside the command's times.
    /// </summary>
    public IReadOnlyDictionary<string, string> Empty { get; init; } = new Dictionary<string, string> { ["linux-x64"] = "/bin/true" };
}

/// <summary>An input file of a command: made by a named generator, or a user's file (<see cref="Path"/>) copied in.</summary>
/// <param name="File">Its name in <c>${INPUTS}</c>.</param>
/// <param name="Generator">One of the generators the harness ships (<c>benchharness workloads</c> lists them).</param>
/// <param name="Count">The generator's size: pages, rows or slides; null for its default at the suite's size.</param>
/// <param name="Path">A document the user supplies, checked before anything opens it.</param>
public sealed record CommandInput(string File, string? Generator = null, int? Count = null, string? Path = null);

/// <summary>
/// What every invocation's output must be. The file must exist; its size and (for a PDF) its page count must lie in
/// their ranges; with <see cref="Text"/>, the SHA-256 of its text (a PDF's text, a workbook's cell values, a text
/// file's content) is the invocation's checksum, which must agree across the cell's invocations and with the baseline.
/// Without it the checksum is the page count, or "exists".
/// </summary>
public sealed record OutputCheck
{
    public required string File { get; init; }

    /// <summary>Inclusive [low, high] of the PDF's page count.</summary>
    public IReadOnlyList<int>? Pages { get; init; }

    /// <summary>Inclusive [low, high] of the file's size in bytes.</summary>
    public IReadOnlyList<long>? Bytes { get; init; }

    public bool Text { get; init; }
}
