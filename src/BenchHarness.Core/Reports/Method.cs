using System.Reflection;

namespace BenchHarness.Core.Reports;

/// <summary>
/// The method in the words every report prints beneath its numbers: the section "In brief" of docs/method.md,
/// which is compiled into this assembly, so that the method's text lives in one place and the reports quote it.
/// </summary>
public static class Method
{
    public const string Source = "docs/method.md";

    /// <summary>docs/method.md line by line, as embedded (initialised first: <see cref="Text"/> reads it).</summary>
    internal static IReadOnlyList<string> Lines { get; } = Load();

    public static string Text { get; } = Read();

    private static string Read()
    {
        var lines = Lines.ToList();
        var start = lines.IndexOf("## In brief");
        if (start < 0)
        {
            throw new InvalidOperationException("docs/method.md has no section '## In brief'.");
        }

        var paragraph = lines.Skip(start + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'));
        return string.Join(' ', paragraph.Select(l => l.Trim()));
    }

    private static string[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("method.md")
            ?? throw new InvalidOperationException("docs/method.md is not embedded in BenchHarness.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
    }
}
