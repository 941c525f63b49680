using System.Text;
using System.Text.Json;
using BenchHarness.Core.Definitions;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Journal;

/// <summary>The append-only journal: one JSON record per line, flushed as it is written, read back for resume and analysis.</summary>
public sealed class JournalFile : IDisposable
{
    public const string FileName = "journal.jsonl";
    private static readonly JsonSerializerOptions Options = new(DefinitionJson.Options) { WriteIndented = false };
    private readonly FileStream _stream;
    private readonly object _gate = new();

    private JournalFile(FileStream stream) => _stream = stream;

    public static JournalFile OpenForAppend(string directory)
    {
        Directory.CreateDirectory(directory);
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
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, Options) + "\n");
        lock (_gate)
        {
            _stream.Write(line);
            _stream.Flush();
        }
    }

    /// <summary>Reads every complete record; a torn last line (the run was killed mid-write) is ignored, any other bad line is an error.</summary>
    public static IReadOnlyList<JournalRecord> Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new BadInputException($"'{directory}' holds no {FileName}: it is not a run folder.");
        }

        var lines = File.ReadAllLines(path);
        var records = new List<JournalRecord>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                records.Add(JsonSerializer.Deserialize<JournalRecord>(lines[i], Options) ?? throw new JsonException("null record"));
            }
            catch (JsonException) when (i == lines.Length - 1)
            {
                // The run was interrupted while writing its last line: what came before is intact.
            }
            catch (JsonException e)
            {
                throw new BadInputException($"{path} line {i + 1} is corrupt: {e.Message}");
            }
        }

        return records;
    }

    public void Dispose() => _stream.Dispose();
}
