using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;
using SkiaSharp;

namespace BenchHarness.Workloads.Picture;

/// <summary>
/// Insert a photo into a document: decode the camera JPEG, scale it to the page's text width with a cubic filter,
/// and re-encode it (JPEG for the document, a PNG thumbnail for the preview). The checksum covers the geometry, the re-decoded
/// sizes and the mean colour level, not pixel values: decoders and filters may round differently per SIMD path and stay correct.
/// </summary>
public sealed class PictureInsertWorkload : IWorkload
{
    /// <summary>A4's text width at 150 dpi.</summary>
    public const int PageWidth = 1240;

    /// <summary>The width of the preview thumbnail.</summary>
    public const int PreviewWidth = 320;

    public string Name => "picture-insert";

    public string Family => "picture";

    public string Description => "Insert a camera photo: decode the JPEG, scale it to the page width, re-encode it, make a PNG thumbnail";

    public IPreparedWorkload Prepare(WorkloadContext context) => new Prepared(context.Inputs.Photo());

    private sealed class Prepared(byte[] jpeg) : IPreparedWorkload
    {
        public ulong Run()
        {
            using var photo = SKBitmap.Decode(jpeg) ?? throw new InvalidDataException("The photo does not decode.");
            var height = (int)Math.Round(photo.Height * (double)PageWidth / photo.Width);
            using var scaled = photo.Resize(new SKImageInfo(PageWidth, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell))
                ?? throw new InvalidOperationException("Scaling failed.");
            using var image = SKImage.FromBitmap(scaled);
            using var inDocument = image.Encode(SKEncodedImageFormat.Jpeg, 85);
            using var thumbnail = scaled.Resize(new SKImageInfo(PreviewWidth, height * PreviewWidth / PageWidth, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
                ?? throw new InvalidOperationException("Scaling the preview failed.");
            using var preview = thumbnail.Encode(SKEncodedImageFormat.Png, 100);
            using var check = SKBitmap.Decode(inDocument.AsSpan()) ?? throw new InvalidDataException("The re-encoded JPEG does not decode.");
            using var checkPng = SKBitmap.Decode(preview.AsSpan()) ?? throw new InvalidDataException("The PNG does not decode.");
            var checksum = new Checksum();
            checksum.Add(photo.Width);
            checksum.Add(photo.Height);
            checksum.Add(check.Width);
            checksum.Add(check.Height);
            checksum.Add(checkPng.Width);
            checksum.Add(checkPng.Height);
            checksum.Add((long)Math.Round(MeanLevel(scaled)));
            return checksum.Value;
        }

        /// <summary>The mean colour level (0–255) of the scaled picture: it tells pictures apart, and a ±1 rounding difference in a few pixels cannot move it across an integer.</summary>
        private static double MeanLevel(SKBitmap bitmap)
        {
            long sum = 0;
            var pixels = bitmap.GetPixelSpan();
            for (var i = 0; i < pixels.Length; i += 4)
            {
                sum += pixels[i] + pixels[i + 1] + pixels[i + 2];
            }

            return sum / (3.0 * (pixels.Length / 4));
        }

        public void Dispose()
        {
        }
    }
}
