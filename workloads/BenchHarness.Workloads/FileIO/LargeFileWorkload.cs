using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Workloads.FileIO;

/// <summary>Write a large file sequentially in 1 MiB blocks, fsync it, and read it back in 64 KiB blocks: saving and opening a big archive or video.</summary>
public sealed class LargeFileWorkload : IWorkload
{
    private const int WriteBlock = 1 << 20;
    private const int ReadBlock = 64 << 10;

    public string Name => "files-large-sequential";

    public string Family => "file-io";

    public string Description => "Write a large file in 1 MiB blocks with fsync, then read it back in 64 KiB blocks";

    public IPreparedWorkload Prepare(WorkloadContext context)
    {
        var block = new byte[WriteBlock];
        var random = new InputRandom(context.Seed);
        for (var i = 0; i < block.Length; i += 8)
        {
            BitConverter.TryWriteBytes(block.AsSpan(i), random.NextUInt64());
        }

        return new Prepared(block, context.Size == InputSize.Small ? 16 : 128, Path.Combine(context.ScratchDirectory, "large.bin"));
    }

    private sealed class Prepared(byte[] block, int blocks, string path) : IPreparedWorkload
    {
        public ulong Run()
        {
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan))
            {
                for (var i = 0; i < blocks; i++)
                {
                    block[0] = (byte)i;
                    file.Write(block);
                }

                file.Flush(flushToDisk: true);
            }

            var checksum = new Checksum();
            var buffer = new byte[ReadBlock];
            long total = 0;
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                int read;
                while ((read = file.Read(buffer)) > 0)
                {
                    // Sample the content rather than hash every byte: the workload is the I/O, not a hash function.
                    checksum.Add(buffer[0]);
                    checksum.Add(buffer[read - 1]);
                    total += read;
                }
            }

            File.Delete(path);
            checksum.Add(total);
            return checksum.Value;
        }

        public void Dispose()
        {
        }
    }
}
