using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>Rasterises laid-out pages with SkiaSharp, one A4 bitmap at 96 dpi per page.</summary>
public static class PageRasteriser
{
    /// <summary>Draws every page and returns the number of pages that received ink.</summary>
    public static int Render(IReadOnlyList<LaidOutPage> pages, SKTypeface typeface)
    {
        using var bitmap = new SKBitmap(PageLayout.PageWidth, PageLayout.PageHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var inked = 0;
        foreach (var page in pages)
        {
            canvas.Clear(SKColors.White);
            foreach (var line in page.Lines)
            {
                using var font = new SKFont(typeface, line.FontSize) { Embolden = line.Bold };
                canvas.DrawText(line.Text, line.X, line.Baseline, SKTextAlign.Left, font, paint);
            }

            canvas.Flush();
            if (page.Lines.Count > 0 && HasInk(bitmap, page.Lines[0]))
            {
                inked++;
            }
        }

        return inked;
    }

    /// <summary>True when the first line's row of pixels is not all white: the page was really drawn.</summary>
    private static bool HasInk(SKBitmap bitmap, LaidOutLine line)
    {
        var y = (int)(line.Baseline - (line.FontSize / 3));
        for (var x = (int)line.X; x < PageLayout.PageWidth; x++)
        {
            if (bitmap.GetPixel(x, y) != SKColors.White)
            {
                return true;
            }
        }

        return false;
    }
}
