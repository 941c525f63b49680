using System.Text;

namespace BenchHarness.Core.Runner;

/// <summary>
/// Reads lines of at most <paramref name="maxChars"/> characters: a longer line (a process that floods stdout without
/// a newline) is cut to its first <paramref name="maxChars"/> and the rest skipped up to its newline, so that memory
/// stays bounded whatever a process prints. The probe's lines are well under a kilobyte.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;
    private bool _pending;

    /// <summary>The next line without its newline, or null at the end of the input.</summary>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellation)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            if (newline >= 0)
            {
                Append(_start, newline - _start);
                _start = newline + 1;
                return Take();
            }

            Append(_start, _end - _start);
            _start = _end = 0;
            var read = await reader.ReadAsync(_buffer.AsMemory(), cancellation).ConfigureAwait(false);
            if (read == 0)
            {
                return _pending ? Take() : null;
            }

            _end = read;
        }
    }

    private void Append(int from, int count)
    {
        _pending |= count > 0;
        _line.Append(_buffer, from, Math.Min(count, maxChars - _line.Length));
    }

    private string Take()
    {
        var line = _line.ToString();
        _line.Clear();
        _pending = false;
        return line;
    }
}
