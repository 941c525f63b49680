using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// Text widths in the font's own design units, scaled to a size in double precision by us, not by the font
/// backend: FreeType (Linux) and DirectWrite (Windows) scale and hint differently, so widths measured at the
/// page size would break lines differently per OS. Unhinted advances at one em are the font's integers on both.
/// </summary>
public sealed class TextMeasure : IDisposable
{
    private readonly SKFont _unitsFont;
    private readonly double _unitsPerEm;
    private readonly Dictionary<string, double> _cache = new(StringComparer.Ordinal);

    public TextMeasure(SKTypeface typeface)
    {
        _unitsPerEm = typeface.UnitsPerEm;
        _unitsFont = new SKFont(typeface, typeface.UnitsPerEm) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };
    }

    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> pixels per em.</summary>
    public double Width(string text, double size)
    {
        if (!_cache.TryGetValue(text, out var units))
        {
            _cache[text] = units = _unitsFont.MeasureText(text);
        }

        return units * size / _unitsPerEm;
    }

    public void Dispose() => _unitsFont.Dispose();
}
