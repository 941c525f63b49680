using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;
using SkiaSharp;

namespace BenchHarness.Workloads.Document;

/// <summary>Open a report .docx, lay it out into pages and rasterise every page.</summary>
public sealed class DocumentRenderWorkload : IWorkload
{
    public string Name => "document-render";

    public string Family => "document";

    public string Description => "Open a .docx report, lay it out into A4 pages and rasterise every page";

    public IPreparedWorkload Prepare(WorkloadContext context) =>
        new Prepared(DocumentGenerator.Generate(context.Size, context.Seed), SKTypeface.FromFile(context.FontPath)
            ?? throw new FileNotFoundException("The layout font could not be loaded.", context.FontPath));

    private sealed class Prepared(byte[] docx, SKTypeface typeface) : IPreparedWorkload
    {
        public ulong Run()
        {
            var blocks = DocxReader.Read(new MemoryStream(docx, writable: false));
            using var layout = new PageLayout(typeface);
            var pages = layout.Layout(blocks);
            var inked = PageRasteriser.Render(pages, typeface);
            return Canonical(pages, inked);
        }

        /// <summary>Page count, and per line its page, position and text: the line breaks, not the pixels.</summary>
        private static ulong Canonical(IReadOnlyList<LaidOutPage> pages, int inked)
        {
            var checksum = new Checksum();
            checksum.Add(pages.Count);
            checksum.Add(inked);
            for (var p = 0; p < pages.Count; p++)
            {
                foreach (var line in pages[p].Lines)
                {
                    checksum.Add(p);
                    checksum.Add((long)line.Baseline);
                    checksum.Add(line.Text);
                }
            }

            return checksum.Value;
        }

        public void Dispose() => typeface.Dispose();
    }
}
