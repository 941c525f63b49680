using BenchHarness.Workloads.Calibration;
using BenchHarness.Workloads.Document;
using BenchHarness.Workloads.FileIO;
using BenchHarness.Workloads.Picture;
using BenchHarness.Workloads.Spreadsheet;
using BenchHarness.Workloads.StartUp;
using BenchHarness.Workloads.TextOperations;

namespace BenchHarness.Workloads.Catalog;

/// <summary>Every workload the probe can run, by name. No reflection: the probe is NativeAOT-compiled.</summary>
public static class WorkloadCatalog
{
    public static IReadOnlyList<IWorkload> All { get; } =
    [
        new DocumentOpenWorkload(),
        new DocumentLayoutWorkload(),
        new DocumentRenderWorkload(),
        new DocumentExportPdfWorkload(),
        new SpreadsheetRecalcWorkload(),
        new SpreadsheetEditSaveWorkload(),
        new DocumentSaveLoadWorkload(),
        new MailFolderWorkload(),
        new LargeFileWorkload(),
        new FindInFilesWorkload(),
        new CopyFolderWorkload(),
        new FindReplaceWorkload(),
        new SpellCheckWorkload(),
        new WordCountSortWorkload(),
        new Gb18030Workload(),
        new PictureInsertWorkload(),
        new AppStartWorkload(),
        new EmptyWorkload(),
    ];

    public static IWorkload? Find(string name) => All.FirstOrDefault(w => w.Name == name);
}
