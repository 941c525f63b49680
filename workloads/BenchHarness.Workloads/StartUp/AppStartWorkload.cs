using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;
using BenchHarness.Workloads.TextOperations;
using DocumentFormat.OpenXml.Packaging;
using BenchHarness.Workloads.Document;

namespace BenchHarness.Workloads.StartUp;

/// <summary>
/// Application start-up, as a user waits for it: the process starts, loads its fonts (Latin faces and CJK), its
/// spell-check dictionary and its document template (style sheet and numbering, read as a document), and is ready. The host measures process start to the probe's ready line (the
/// samples of this workload are those times, one per fresh process); the timed action is opening the template as a new blank
/// document.
/// </summary>
public sealed class AppStartWorkload : IWorkload
{
    public string Name => "app-start";

    public string Family => "start-up";

    public string Description => "Start the application: load its fonts, dictionary and template until it is ready (measured by the host)";

    /// <summary>The probe reports this workload's samples as start-up times measured from outside.</summary>
    public bool MeasuresStartUp => true;

    public IPreparedWorkload Prepare(WorkloadContext context)
    {
        var fonts = new DocumentFonts(context.Fonts);
        var dictionary = new HashSet<string>(WordList.Load().Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var template = DocumentGenerator.Template(context.Seed);
        var opened = DocxReader.Read(new MemoryStream(template, writable: false));
        if (opened.Blocks.Count == 0)
        {
            throw new InvalidDataException("The template is empty.");
        }

        return new Prepared(fonts, dictionary.Count, template);
    }

    private sealed class Prepared(DocumentFonts fonts, int words, byte[] template) : IPreparedWorkload
    {
        public ulong Run()
        {
            using var copy = new MemoryStream();
            copy.Write(template);
            using var document = WordprocessingDocument.Open(copy, isEditable: true);
            var body = document.MainDocumentPart!.Document!.Body!;
            var checksum = new Checksum();
            checksum.Add(words);
            checksum.Add(fonts.Latin.UnitsPerEm);
            checksum.Add(body.InnerText.Length);
            body.RemoveAllChildren();
            body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph());
            checksum.Add(body.ChildElements.Count);
            return checksum.Value;
        }

        public void Dispose() => fonts.Dispose();
    }
}
