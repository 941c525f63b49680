using BenchHarness.Workloads.Catalog;
using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// The loaded typefaces of an open application: the four Latin faces and the CJK face (font fallback by
/// character). Bold and italic Latin text use the real bold and oblique faces, with their own advances.
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private readonly SKTypeface[] _latin;

    public DocumentFonts(WorkloadFonts fonts)
    {
        _latin = [Load(fonts.Latin(false, false)), Load(fonts.Latin(true, false)), Load(fonts.Latin(false, true)), Load(fonts.Latin(true, true))];
        Cjk = Load(fonts.Cjk);
    }

    public SKTypeface Latin => _latin[0];

    public SKTypeface Cjk { get; }

    public SKTypeface For(bool bold, bool italic, bool cjk) => cjk ? Cjk : _latin[(bold ? 1 : 0) + (italic ? 2 : 0)];

    public SKTypeface For(SpanStyle style) => For(style.Bold, style.Italic, style.Cjk);

    /// <summary>
    /// A drawing font for the style, unhinted and with linear metrics so that glyphs advance exactly as
    /// <see cref="TextMeasure"/> measured. The CJK face has no bold: it is emboldened synthetically.
    /// </summary>
    public SKFont Font(SpanStyle style) => new(For(style), style.FontSize)
    {
        Embolden = style.Cjk && style.Bold,
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
    };

    private static SKTypeface Load(string path) =>
        SKTypeface.FromFile(path) ?? throw new FileNotFoundException("A document font could not be loaded.", path);

    public void Dispose()
    {
        foreach (var typeface in _latin)
        {
            typeface.Dispose();
        }

        Cjk.Dispose();
    }
}
