using DocumentFormat.OpenXml.Wordprocessing;

namespace BenchHarness.Workloads.Document;

/// <summary>
/// Paragraph styles resolved through <c>basedOn</c>: font size (half-points), bold, space after and left
/// indent (twentieths of a point), converted to pixels at 96 dpi. Word's defaults where nothing is said:
/// 10 pt, not bold, no spacing, no indent.
/// </summary>
public sealed class StyleSheet(Styles? styles)
{
    private const float PixelsPerPoint = 96f / 72f;
    private readonly Dictionary<string, Style> _styles = styles?.Elements<Style>()
        .Where(s => s.StyleId?.Value is not null)
        .ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal) ?? [];
    private readonly Dictionary<string, ParagraphFormat> _resolved = new(StringComparer.Ordinal);

    public ParagraphFormat Resolve(string? styleId)
    {
        styleId ??= "Normal";
        if (_resolved.TryGetValue(styleId, out var format))
        {
            return format;
        }

        int? halfPoints = null, after = null, indent = null;
        bool? bold = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && _styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
        {
            var run = style.StyleRunProperties;
            var paragraph = style.StyleParagraphProperties;
            halfPoints ??= int.TryParse(run?.FontSize?.Val?.Value, out var size) ? size : null;
            bold ??= run?.Bold is null ? null : DocxReader.On(run.Bold);
            after ??= int.TryParse(paragraph?.SpacingBetweenLines?.After?.Value, out var space) ? space : null;
            indent ??= int.TryParse(paragraph?.Indentation?.Left?.Value, out var left) ? left : null;
        }

        format = new ParagraphFormat(styleId, (halfPoints ?? 20) / 2f * PixelsPerPoint, bold ?? false,
            (after ?? 0) / 20f * PixelsPerPoint, (indent ?? 0) / 20f * PixelsPerPoint);
        _resolved[styleId] = format;
        return format;
    }
}
