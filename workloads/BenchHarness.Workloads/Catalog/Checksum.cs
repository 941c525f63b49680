using System.Globalization;

namespace BenchHarness.Workloads.Catalog;

/// <summary>
/// FNV-1a (64-bit) over a canonical result: integers, strings and numbers rounded to ten significant
/// digits, so that a legitimate last-bit floating-point difference between architectures does not flag,
/// and a real miscomputation does. Fowler, Noll, Vo: http://www.isthe.com/chongo/tech/comp/fnv/
/// </summary>
public struct Checksum
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private ulong _hash;
    private bool _started;

    public readonly ulong Value => _started ? _hash : OffsetBasis;

    public void Add(long value)
    {
        for (var i = 0; i < 8; i++)
        {
            AddByte((byte)(value >> (8 * i)));
        }
    }

    public void Add(string value)
    {
        Add(value.Length);
        foreach (var c in value)
        {
            AddByte((byte)c);
            AddByte((byte)(c >> 8));
        }
    }

    public void Add(double value) => Add(Canonical(value));

    public void Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        foreach (var b in bytes)
        {
            AddByte(b);
        }
    }

    /// <summary>The number as ten significant digits, invariant culture.</summary>
    public static string Canonical(double value) =>
        double.IsFinite(value) ? value.ToString("G10", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private void AddByte(byte b)
    {
        if (!_started)
        {
            _hash = OffsetBasis;
            _started = true;
        }

        _hash = (_hash ^ b) * Prime;
    }
}
