using System.Text.RegularExpressions;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.FileIO;

/// <summary>Find in files: walk a folder of documents and count the lines matching a regular expression in each.</summary>
public sealed partial class FindInFilesWorkload : IWorkload
{
    public string Name => "files-find-in-files";

    public string Family => "file-io";

    public string Description => "Search a folder of documents for a regular expression, line by line";

    [GeneratedRegex(@"\b(budget|contract)\b.*\b(approved|concluded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Query();

    public IPreparedWorkload Prepare(WorkloadContext context)
    {
        var root = Path.Combine(context.ScratchDirectory, "documents");
        FolderTree.Write(root, context.Inputs.FolderTree());
        return new Prepared(root);
    }

    private sealed class Prepared(string root) : IPreparedWorkload
    {
        public ulong Run()
        {
            var checksum = new Checksum();
            var total = 0;
            foreach (var path in FolderTree.List(root))
            {
                var matches = 0;
                foreach (var line in File.ReadLines(Path.Combine(root, path)))
                {
                    if (Query().IsMatch(line))
                    {
                        matches++;
                    }
                }

                if (matches > 0)
                {
                    checksum.Add(path);
                    checksum.Add(matches);
                    total += matches;
                }
            }

            checksum.Add(total);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
