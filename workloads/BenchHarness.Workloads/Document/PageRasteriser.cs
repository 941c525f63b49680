using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>Rasterises laid-out pages with SkiaSharp, one A4 bitmap at 96 dpi per page, as for the screen.</summary>
public static class PageRasteriser
{
    /// <summary>Draws every page and returns the number of pages whose first line or picture received ink.</summary>
    public static int Render(IReadOnlyList<LaidOutPage> pages, DocumentFonts fonts)
    {
        using var bitmap = new SKBitmap(PageLayout.PageWidth, PageLayout.PageHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var drawer = new PageDrawer(fonts);
        var inked = 0;
        foreach (var page in pages)
        {
            canvas.Clear(SKColors.White);
            drawer.Draw(canvas, page);
            canvas.Flush();
            inked += HasInk(bitmap, page) ? 1 : 0;
        }

        return inked;
    }

    /// <summary>True when the row through the first line (or the middle of the first picture) is not all white.</summary>
    private static bool HasInk(SKBitmap bitmap, LaidOutPage page)
    {
        var (x0, y) = (0, 0);
        if (page.Lines.Count > 0 && page.Lines[0].Spans.Count > 0)
        {
            var span = page.Lines[0].Spans[0];
            (x0, y) = ((int)span.X, (int)(page.Lines[0].Baseline - (span.Style.FontSize / 3)));
        }
        else if (page.Pictures.Count > 0)
        {
            (x0, y) = ((int)page.Pictures[0].X, (int)(page.Pictures[0].Y + (page.Pictures[0].Height / 2)));
        }

        for (var x = Math.Max(0, x0); x < PageLayout.PageWidth; x++)
        {
            if (bitmap.GetPixel(x, y) != SKColors.White)
            {
                return true;
            }
        }

        return false;
    }
}
