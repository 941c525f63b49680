using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Document;
using BenchHarness.Workloads.Inputs;

namespace BenchHarness.Tests.Unit;

/// <summary>The document pipeline's kernels: styles, lists, tokens, line breaking, pagination, rendering, PDF.</summary>
public sealed class DocumentTests : IDisposable
{
    private readonly DocumentFonts _fonts = new(WorkloadFonts.Beside);

    [Fact]
    public void Text_is_measured_in_the_fonts_design_units()
    {
        using var measure = new TextMeasure(_fonts.Latin);

        // DejaVu Sans: 2048 units per em; 'quarterly' advances 9381 units (FreeType and DirectWrite agree).
        Assert.Equal(9381 * 11.0 / 2048, measure.Width("quarterly", 11), 9);
    }

    [Fact]
    public void Greedy_line_breaking_never_exceeds_the_width_and_keeps_every_word()
    {
        using var measure = new TextMeasure(_fonts.Latin);
        var text = string.Join(' ', Enumerable.Repeat("quarterly revenue increased across regional offices", 20));
        var tokens = TextTokens.Split([new TextRun(text, false, false)]);
        var starts = LineBreaker.Break(tokens, t => measure.Width(t.Text, 14.67), measure.Width(" ", 14.67), 300);
        var lines = starts.Select((s, i) => string.Join(' ', tokens.Skip(s).Take((i + 1 < starts.Count ? starts[i + 1] : tokens.Count) - s).Select(t => t.Text))).ToList();

        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(measure.Width(l, 14.67) <= 300 + 1e-9, l));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void Chinese_breaks_between_characters_but_never_before_closing_punctuation()
    {
        using var measure = new TextMeasure(_fonts.Cjk);
        var text = string.Concat(Enumerable.Repeat("报告季度预算会议纪要，客户满意调查结果显示。", 12));
        var tokens = TextTokens.Split([new TextRun(text, false, false)]);
        var starts = LineBreaker.Break(tokens, t => measure.Width(t.Text, 14.67), 4, 200);

        Assert.Equal(text.Length, tokens.Count);
        Assert.All(tokens, t => Assert.True(t.Cjk && !t.SpaceBefore));
        Assert.True(starts.Count > 5);
        Assert.All(starts.Skip(1), s => Assert.DoesNotContain(tokens[s].Text[0], "，。"));
    }

    [Fact]
    public void A_word_split_across_runs_stays_together_and_latin_after_chinese_may_break()
    {
        var tokens = TextTokens.Split([new TextRun("bold", true, false), new TextRun("er text 报告", false, false), new TextRun("Q3", false, false)]);

        Assert.Equal(["bold", "er", "text", "报", "告", "Q3"], tokens.Select(t => t.Text));
        Assert.Equal([false, false, true, true, true, true], tokens.Select(t => t.BreakBefore));
        Assert.Equal([false, false, true, true, false, false], tokens.Select(t => t.SpaceBefore));
    }

    [Fact]
    public void Opening_resolves_styles_through_based_on_and_lists_through_numbering()
    {
        var document = DocxReader.Read(new MemoryStream(DocumentGenerator.Generate(InputSize.Small, 42)));
        var paragraphs = document.Blocks.OfType<ParagraphBlock>().ToList();

        var heading = paragraphs.First(p => p.Format.StyleId == "Heading1").Format;
        Assert.Equal(16 * 96 / 72f, heading.FontSize, 3);                 // 32 half-points
        Assert.True(heading.Bold);
        var listItem = paragraphs.First(p => p.List is not null);
        Assert.Equal(11 * 96 / 72f, listItem.Format.FontSize, 3);         // inherited from Normal
        Assert.Equal(720 / 20f * 96 / 72, listItem.Format.Indent, 3);     // 720 twips = 48 px
        Assert.Contains(paragraphs, p => p.List is { Format: "bullet", LevelText: "•" });
        Assert.Contains(paragraphs, p => p.List is { Format: "decimal", LevelText: "%1." });
        Assert.Contains(paragraphs, p => p.Runs.Any(r => r.Text.Any(TextTokens.IsCjk)));
        var picture = Assert.Single(document.Pictures);
        Assert.Equal("image/jpeg", picture.ContentType);
        Assert.Equal((560f, 360f), (picture.Width, picture.Height));
    }

    [Fact]
    public void Numbered_lists_count_per_list_and_letter_the_second_level()
    {
        ListItem Item(int list, int level) => level == 0 ? new(list, 0, "decimal", "%1.", 1) : new(list, 1, "lowerLetter", "%2)", 1);
        ParagraphBlock Paragraph(ListItem item) => new(new ParagraphFormat("ListParagraph", 14.67f, false, 0, 48), [new TextRun("item", false, false)], item);
        var document = new OpenedDocument([Paragraph(Item(2, 0)), Paragraph(Item(2, 1)), Paragraph(Item(2, 1)), Paragraph(Item(2, 0)), Paragraph(Item(2, 1)), Paragraph(Item(3, 0))]);

        var labels = PageLayout.Layout(document, _fonts).Single().Lines.Select(l => l.Spans[0].Text);

        Assert.Equal(["1.", "a)", "b)", "2.", "a)", "1."], labels);
    }

    [Fact]
    public void The_small_report_lays_out_renders_and_exports_every_page()
    {
        var document = DocxReader.Read(new MemoryStream(DocumentGenerator.Generate(InputSize.Small, 42)));
        var pages = PageLayout.Layout(document, _fonts);
        using var pdf = new MemoryStream();
        PdfExporter.Export(pages, _fonts, pdf);

        Assert.InRange(pages.Count, 3, 8);
        Assert.Single(pages.SelectMany(p => p.Pictures));
        Assert.Contains(pages, p => p.Rules.Count > 0);
        Assert.All(pages.SelectMany(p => p.Lines), l => Assert.InRange(l.Baseline, 96, PageLayout.PageHeight - 96));
        Assert.Equal(pages.Count, PageRasteriser.Render(pages, _fonts));
        Assert.Equal((pages.Count, true), PdfExporter.Inspect(pdf.ToArray()));
    }

    [Fact]
    public void The_standard_report_is_about_thirty_pages()
    {
        var document = DocxReader.Read(new MemoryStream(DocumentGenerator.Generate(InputSize.Standard, 42)));

        Assert.InRange(PageLayout.Layout(document, _fonts).Count, 25, 40);
    }

    public void Dispose() => _fonts.Dispose();
}
