using System.Runtime.InteropServices;
using BenchHarness.Workloads.Catalog;
using SkiaSharp;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// A camera-sized "photo" as a JPEG: a gradient sky, discs of colour and fine noise, so the encoder has real detail
/// to keep. The pixels are computed here in integers, not drawn with Skia: Skia's antialiasing rounds differently
/// on x64 and Arm64, and the input must be identical on every platform.
/// </summary>
public static class PhotoGenerator
{
    public static (int Width, int Height) Size(InputSize size) => size == InputSize.Small ? (800, 600) : (3000, 2000);

    public static byte[] Generate(InputSize size, int seed)
    {
        var (width, height) = Size(size);
        return Jpeg(width, height, seed);
    }

    /// <summary>A photo of the given pixel size, JPEG quality 90.</summary>
    public static byte[] Jpeg(int width, int height, int seed)
    {
        var random = new InputRandom(seed);
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 4;
                pixels[i] = (byte)(70 + (160 * y / height));
                pixels[i + 1] = (byte)(130 + (70 * y / height));
                pixels[i + 2] = (byte)(200 - (50 * y / height));
                pixels[i + 3] = 255;
            }
        }

        for (var disc = 0; disc < 40; disc++)
        {
            int cx = random.Next(width), cy = random.Next(height), r = random.Next(20, width / 10);
            byte red = (byte)random.Next(256), green = (byte)random.Next(256), blue = (byte)random.Next(256);
            for (var y = Math.Max(0, cy - r); y < Math.Min(height, cy + r); y++)
            {
                for (var x = Math.Max(0, cx - r); x < Math.Min(width, cx + r); x++)
                {
                    if (((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= r * r)
                    {
                        var i = ((y * width) + x) * 4;
                        pixels[i] = (byte)((pixels[i] + red) / 2);
                        pixels[i + 1] = (byte)((pixels[i + 1] + green) / 2);
                        pixels[i + 2] = (byte)((pixels[i + 2] + blue) / 2);
                    }
                }
            }
        }

        for (var i = 0; i < pixels.Length; i += 4)
        {
            var delta = random.Next(-12, 13);
            for (var c = 0; c < 3; c++)
            {
                pixels[i + c] = (byte)Math.Clamp(pixels[i + c] + delta, 0, 255);
            }
        }

        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return jpeg.ToArray();
    }
}
