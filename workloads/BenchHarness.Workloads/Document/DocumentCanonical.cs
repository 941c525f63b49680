using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.Document;

/// <summary>Canonical results of the document actions: what was read, and where the lines broke (not pixels).</summary>
public static class DocumentCanonical
{
    /// <summary>Every block's kind, style, list place, text and picture size.</summary>
    public static void Add(ref Checksum checksum, OpenedDocument document)
    {
        checksum.Add(document.Blocks.Count);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    checksum.Add(paragraph.Format.StyleId);
                    checksum.Add(paragraph.Format.FontSize);
                    checksum.Add(paragraph.List is { } list ? $"{list.List}/{list.Level}/{list.Format}/{list.LevelText}" : "");
                    foreach (var run in paragraph.Runs)
                    {
                        checksum.Add(run.Text);
                        checksum.Add((run.Bold ? 1 : 0) + (run.Italic ? 2 : 0));
                    }

                    break;
                case TableBlock table:
                    checksum.Add(table.Rows.Count);
                    foreach (var cell in table.Rows.SelectMany(r => r))
                    {
                        checksum.Add(cell.Text);
                    }

                    break;
                case PictureBlock picture:
                    checksum.Add(picture.ContentType);
                    checksum.Add(picture.Image.Length);
                    checksum.Add(picture.Width);
                    checksum.Add(picture.Height);
                    break;
            }
        }
    }

    /// <summary>The page count, and per line its page, baseline (whole pixels) and text.</summary>
    public static void Add(ref Checksum checksum, IReadOnlyList<LaidOutPage> pages)
    {
        checksum.Add(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            checksum.Add(pages[p].Rules.Count);
            checksum.Add(pages[p].Pictures.Count);
            foreach (var line in pages[p].Lines)
            {
                checksum.Add(p);
                checksum.Add((long)line.Baseline);
                checksum.Add(line.Spans.Count);
                checksum.Add(line.Text);
            }
        }
    }
}
