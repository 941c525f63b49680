using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.FileIO;

/// <summary>A mail client's folder: create thousands of small message files, stat and read every one, then delete them.</summary>
public sealed class MailFolderWorkload : IWorkload
{
    public string Name => "files-mail-folder";

    public string Family => "file-io";

    public string Description => "Create, stat, read and delete thousands of small files, like a mail client's folder";

    public IPreparedWorkload Prepare(WorkloadContext context) =>
        new Prepared(context.Inputs.FolderTree(), Path.Combine(context.ScratchDirectory, "mail"));

    private sealed class Prepared(IReadOnlyList<(string Path, byte[] Content)> messages, string root) : IPreparedWorkload
    {
        public ulong Run()
        {
            FolderTree.Write(root, messages);
            var checksum = new Checksum();
            foreach (var path in FolderTree.List(root))
            {
                var full = Path.Combine(root, path);
                var info = new FileInfo(full);
                checksum.Add(path);
                checksum.Add(info.Length);
                checksum.Add(File.ReadAllBytes(full));
            }

            Directory.Delete(root, recursive: true);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
