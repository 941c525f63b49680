using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.FileIO;

/// <summary>Copy a project folder (thousands of documents in nested folders) and delete the copy: a backup to another folder.</summary>
public sealed class CopyFolderWorkload : IWorkload
{
    public string Name => "files-copy-folder";

    public string Family => "file-io";

    public string Description => "Copy a folder of thousands of documents to another folder, then delete the copy";

    public IPreparedWorkload Prepare(WorkloadContext context)
    {
        var source = Path.Combine(context.ScratchDirectory, "project");
        FolderTree.Write(source, context.Inputs.FolderTree());
        return new Prepared(source, Path.Combine(context.ScratchDirectory, "backup"));
    }

    private sealed class Prepared(string source, string target) : IPreparedWorkload
    {
        public ulong Run()
        {
            var checksum = new Checksum();
            foreach (var path in FolderTree.List(source))
            {
                var destination = Path.Combine(target, path);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(Path.Combine(source, path), destination);
                checksum.Add(path);
                checksum.Add(new FileInfo(destination).Length);
            }

            Directory.Delete(target, recursive: true);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
