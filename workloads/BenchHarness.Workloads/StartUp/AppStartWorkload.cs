using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;
using BenchHarness.Workloads.TextOperations;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;

namespace BenchHarness.Workloads.StartUp;

/// <summary>
/// Application start-up, as a user waits for it: the process starts, loads its font, its spell-check dictionary
/// and its document template, and is ready. The host measures process start to the probe's ready line (the
/// samples of this workload are those times, one per fresh process); the timed action is opening the template as a new blank
/// document.
/// </summary>
public sealed class AppStartWorkload : IWorkload
{
    public string Name => "app-start";

    public string Family => "start-up";

    public string Description => "Start the application: load its font, dictionary and template until it is ready (measured by the host)";

    /// <summary>The probe reports this workload's samples as start-up times measured from outside.</summary>
    public bool MeasuresStartUp => true;

    public IPreparedWorkload Prepare(WorkloadContext context)
    {
        var typeface = SKTypeface.FromFile(context.Fonts.Latin(false, false)) ?? throw new FileNotFoundException("The font could not be loaded.", context.Fonts.Latin(false, false));
        var dictionary = new HashSet<string>(WordList.Load().Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var template = DocumentGenerator.Generate(InputSize.Small, context.Seed);
        using (var document = WordprocessingDocument.Open(new MemoryStream(template, writable: false), false))
        {
            _ = document.MainDocumentPart?.Document?.Body?.ChildElements.Count;
        }

        return new Prepared(typeface, dictionary.Count, template);
    }

    private sealed class Prepared(SKTypeface typeface, int words, byte[] template) : IPreparedWorkload
    {
        public ulong Run()
        {
            using var copy = new MemoryStream();
            copy.Write(template);
            using var document = WordprocessingDocument.Open(copy, isEditable: true);
            var body = document.MainDocumentPart!.Document!.Body!;
            var checksum = new Checksum();
            checksum.Add(words);
            checksum.Add(typeface.UnitsPerEm);
            checksum.Add(body.InnerText.Length);
            body.RemoveAllChildren();
            body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph());
            checksum.Add(body.ChildElements.Count);
            return checksum.Value;
        }

        public void Dispose() => typeface.Dispose();
    }
}
