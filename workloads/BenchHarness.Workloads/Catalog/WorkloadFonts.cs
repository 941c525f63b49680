namespace BenchHarness.Workloads.Catalog;

/// <summary>
/// The fonts documents are laid out, drawn and exported with, identical on every target: DejaVu Sans
/// (regular, bold, oblique, bold oblique) for Latin text and Droid Sans Fallback for Chinese, both cut down to
/// the characters the generated documents use (scripts/make-fonts.sh). They are copied to a <c>fonts</c>
/// folder beside every build of the workloads, the probe's included.
/// </summary>
public sealed record WorkloadFonts(string Directory)
{
    /// <summary>The <c>fonts</c> folder beside the running program.</summary>
    public static WorkloadFonts Beside { get; } = new(Path.Combine(AppContext.BaseDirectory, "fonts"));

    public string Latin(bool bold, bool italic) =>
        Path.Combine(Directory, (bold, italic) switch
        {
            (false, false) => "DejaVuSans.ttf",
            (true, false) => "DejaVuSans-Bold.ttf",
            (false, true) => "DejaVuSans-Oblique.ttf",
            (true, true) => "DejaVuSans-BoldOblique.ttf",
        });

    public string Cjk => Path.Combine(Directory, "DroidSansFallback-Subset.ttf");
}
