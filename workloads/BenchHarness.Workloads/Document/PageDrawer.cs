using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// Draws laid-out pages onto any Skia canvas: a raster bitmap for the screen, or a PDF page. Fonts are made
/// once per style; pictures are decoded once per drawer (as an application caches decoded images).
/// </summary>
public sealed class PageDrawer(DocumentFonts fonts) : IDisposable
{
    private readonly Dictionary<SpanStyle, SKFont> _fonts = [];
    private readonly Dictionary<PictureBlock, SKImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint _rule = new() { Color = new SKColor(0x40, 0x40, 0x40), IsAntialias = true, StrokeWidth = 1, Style = SKPaintStyle.Stroke };

    public void Draw(SKCanvas canvas, LaidOutPage page)
    {
        foreach (var line in page.Lines)
        {
            foreach (var span in line.Spans)
            {
                if (!_fonts.TryGetValue(span.Style, out var font))
                {
                    _fonts[span.Style] = font = fonts.Font(span.Style);
                }

                canvas.DrawText(span.Text, span.X, line.Baseline, SKTextAlign.Left, font, _ink);
            }
        }

        foreach (var rule in page.Rules)
        {
            canvas.DrawLine(rule.X0, rule.Y0, rule.X1, rule.Y1, _rule);
        }

        foreach (var placed in page.Pictures)
        {
            if (!_images.TryGetValue(placed.Picture, out var image))
            {
                _images[placed.Picture] = image = SKImage.FromEncodedData(placed.Picture.Image)
                    ?? throw new InvalidDataException($"The picture '{placed.Picture.Description}' could not be decoded.");
            }

            canvas.DrawImage(image, SKRect.Create(placed.X, placed.Y, placed.Width, placed.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), null);
        }
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var image in _images.Values)
        {
            image.Dispose();
        }

        _ink.Dispose();
        _rule.Dispose();
    }
}
