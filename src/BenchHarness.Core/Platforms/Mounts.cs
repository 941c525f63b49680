namespace BenchHarness.Core.Platforms;

/// <summary>The file system a folder lives on, from the kernel's mount table (/proc/self/mounts).</summary>
public static class Mounts
{
    /// <summary>
    /// "TYPE on DEVICE, mounted at POINT" for the longest mount point holding <paramref name="path"/>; null without a
    /// mount table; <see cref="Unknown"/> when no mount point of the table holds it (in a chroot the table lists the
    /// mounts of the real root, which the process cannot see).
    /// </summary>
    public static string? FileSystemOf(string path, string table = "/proc/self/mounts")
    {
        if (!File.Exists(table))
        {
            return null;
        }

        var full = Resolve(path);
        var mounts = File.ReadLines(table)
            .Select(l => l.Split(' '))
            .Where(f => f.Length >= 3)
            .Select(f => (Device: Unescape(f[0]), Point: Unescape(f[1]), Type: f[2]))
            .Where(m => Holds(m.Point, full))
            .ToList();
        // A later mount on the same point hides the earlier one.
        return mounts.Count == 0 ? Unknown
            : mounts.Select((m, i) => (m, i)).OrderByDescending(x => x.m.Point.Length).ThenByDescending(x => x.i).Select(x => $"{x.m.Type} on {x.m.Device}, mounted at {x.m.Point}").First();
    }

    public const string Unknown = "unknown: no mount point of /proc/self/mounts holds it (a chroot?)";

    private static bool Holds(string point, string path) =>
        point == "/" || path == point || path.StartsWith(point.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>The full path, with a symbolic link in its nearest existing ancestor resolved (a folder not made yet lies where its parent does).</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd('/');
        var existing = full.Length == 0 ? "/" : full;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        var target = new DirectoryInfo(existing).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? existing;
        var resolved = target.TrimEnd('/') + full[Math.Min(existing.TrimEnd('/').Length, full.Length)..];
        return resolved.Length == 0 ? "/" : resolved;
    }

    /// <summary>The mount table writes a space as \040, a tab as \011, a newline as \012 and a backslash as \134.</summary>
    private static string Unescape(string field) =>
        field.Replace("\\040", " ", StringComparison.Ordinal).Replace("\\011", "\t", StringComparison.Ordinal)
            .Replace("\\012", "\n", StringComparison.Ordinal).Replace("\\134", "\\", StringComparison.Ordinal);
}
