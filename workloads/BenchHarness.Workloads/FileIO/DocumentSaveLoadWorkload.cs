using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BenchHarness.Workloads.FileIO;

/// <summary>
/// Save a .docx package to disk (durably, with fsync), edit it in place, and load it back, the way a word
/// processor saves and reopens a document.
/// </summary>
public sealed class DocumentSaveLoadWorkload : IWorkload
{
    public string Name => "document-save-load";

    public string Family => "file-io";

    public string Description => "Save a .docx package to disk with fsync, edit and save it, then reload it and read its text";

    public IPreparedWorkload Prepare(WorkloadContext context) =>
        new Prepared(context.Inputs.Document(), Path.Combine(context.ScratchDirectory, "report.docx"));

    private sealed class Prepared(byte[] docx, string path) : IPreparedWorkload
    {
        public ulong Run()
        {
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                file.Write(docx);
                file.Flush(flushToDisk: true);
            }

            using (var document = WordprocessingDocument.Open(path, isEditable: true))
            {
                var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
                body.Append(new Paragraph(new Run(new Text("Reviewed and approved."))));
            }

            FlushToDisk(path);
            var checksum = new Checksum();
            using (var reloaded = WordprocessingDocument.Open(path, isEditable: false))
            {
                foreach (var paragraph in reloaded.MainDocumentPart!.Document!.Body!.Elements<Paragraph>())
                {
                    checksum.Add(paragraph.InnerText);
                }
            }

            File.Delete(path);
            return checksum.Value;
        }

        private static void FlushToDisk(string file)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
            stream.Flush(flushToDisk: true);
        }

        public void Dispose()
        {
        }
    }
}
