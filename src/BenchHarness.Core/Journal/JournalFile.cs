using System.Text;
using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Journal;

/// <summary>
/// The append-only journal: one JSON record per line, flushed as it is written and synced to disk at every launch
/// boundary, read back for resume and analysis. Every journal format this project has written reads back.
/// </summary>
public sealed class JournalFile : IDisposable
{
    public const string FileName = "journal.jsonl";

    /// <summary>
    /// The format this version writes. 1: the journals before formats were numbered (a run record without
    /// <c>journalFormat</c>); 2: the same records, the run record carrying its format.
    /// </summary>
    public const int CurrentFormat = 2;

    private readonly FileStream _stream;
    private readonly Lock _gate = new();

    private JournalFile(FileStream stream) => _stream = stream;

    /// <summary>The run's folder, where the journal is.</summary>
    public string Directory => Path.GetDirectoryName(_stream.Name)!;

    public static JournalFile OpenForAppend(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        DropTornLastLine(path);
        return new JournalFile(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read));
    }

    /// <summary>An interrupted run may have left half a record at the end: cut it off so the next record starts on a line of its own.</summary>
    private static void DropTornLastLine(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var end = stream.Length;
        while (end > 0)
        {
            stream.Position = end - 1;
            if (stream.ReadByte() == '\n')
            {
                break;
            }

            end--;
        }

        stream.SetLength(end);
    }

    public void Append(JournalRecord record)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, StoredJson.Compact) + "\n");
        lock (_gate)
        {
            _stream.Write(line);
            // A launch record closes a launch: it and its samples reach the disk before the next launch starts.
            _stream.Flush(flushToDisk: record is LaunchRecord or RunRecord or ExtendRecord);
        }
    }

    /// <summary>
    /// Reads every complete record; a torn last line (the run was killed mid-write) is ignored, any other bad line,
    /// a journal without its run record first, or one from a later format is bad input.
    /// </summary>
    public static RunJournal Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new BadInputException(BadInputKind.MissingFile, directory, $"'{directory}' does not exist: give a run folder (one that holds {FileName}).");
        }

        if (!File.Exists(path))
        {
            throw new BadInputException(BadInputKind.MissingFile, directory, $"'{directory}' holds no {FileName}: it is not a run folder.");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} cannot be read: {e.Message}");
        }

        var records = new List<JournalRecord>(lines.Length);
        int? cut = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (records.Count == 0)
            {
                CheckFormat(lines[i], path);
            }

            try
            {
                records.Add(JsonSerializer.Deserialize<JournalRecord>(lines[i], StoredJson.Options) ?? throw new JsonException("null record"));
            }
            catch (Exception e) when (e is JsonException or NotSupportedException && i == lines.Length - 1 && records.Count > 0)
            {
                // The run was interrupted while writing its last line: what came before is intact.
                cut = i + 1;
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} line {i + 1} is corrupt: {e.Message}");
            }
        }

        return RunJournal.From(records, path) with { CutLastLine = cut };
    }

    /// <summary>The first line must be a run record of a format this version reads, before any of it is interpreted.</summary>
    private static void CheckFormat(string line, string path)
    {
        int format;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "run")
            {
                throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} does not start with a run record: it is not a BenchHarness journal.");
            }

            format = root.TryGetProperty("journalFormat", out var value) && value.TryGetInt32(out var n) ? n : 1;
        }
        catch (JsonException)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} line 1 is not JSON: it is not a BenchHarness journal.");
        }

        if (format > CurrentFormat)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} is journal format {format}, written by a newer BenchHarness; this one reads formats 1 to {CurrentFormat}: update BenchHarness.");
        }

        if (format < 1)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, path, $"{path} names journal format {format}, which no BenchHarness wrote.");
        }
    }

    public void Dispose() => _stream.Dispose();
}
