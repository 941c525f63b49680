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

    public static string Text { get; } = Read("## In brief");

    /// <summary>The method of a run that measured this: a counting run's is the section "## In brief (host instructions)".</summary>
    public static string For(MeasureWords words) => words.Counts ? Counted : Text;

    private static string Counted { get; } = Read("## In brief" + MeasureWords.Instructions.LegendSuffix);

    private static string Read(string heading)
    {
        var lines = Lines.ToList();
        var start = lines.IndexOf(heading);
        if (start < 0)
        {
            throw new InvalidOperationException($"docs/method.md has no section '{heading}'.");
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
