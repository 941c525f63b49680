using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// A slide deck as a .pptx with the Open XML SDK: a theme, one slide master and one layout (the parts a presentation
/// program needs to open it), then slides of a title, five bullet points and, on every other slide, a photo.
/// </summary>
public static class PresentationGenerator
{
    private const long SlideWidth = 12_192_000; // 16:9, 13.33 × 7.5 in, in EMU
    private const long SlideHeight = 6_858_000;

    public static byte[] Generate(int slides, int seed)
    {
        var random = new InputRandom(seed);
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentationPart = document.AddPresentationPart();
            var masterPart = presentationPart.AddNewPart<SlideMasterPart>("rId1");
            var layoutPart = masterPart.AddNewPart<SlideLayoutPart>("rId1");
            layoutPart.SlideLayout = new SlideLayout(new CommonSlideData(ShapeTree()), new ColorMapOverride(new A.MasterColorMapping()));
            layoutPart.AddPart(masterPart);
            masterPart.AddNewPart<ThemePart>("rId2").Theme = Theme();
            masterPart.SlideMaster = new SlideMaster(
                new CommonSlideData(ShapeTree()),
                new ColorMap
                {
                    Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1, Background2 = A.ColorSchemeIndexValues.Light2,
                    Text2 = A.ColorSchemeIndexValues.Dark2, Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2,
                    Accent3 = A.ColorSchemeIndexValues.Accent3, Accent4 = A.ColorSchemeIndexValues.Accent4, Accent5 = A.ColorSchemeIndexValues.Accent5,
                    Accent6 = A.ColorSchemeIndexValues.Accent6, Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
                },
                new SlideLayoutIdList(new SlideLayoutId { Id = 2_147_483_649U, RelationshipId = "rId1" }));
            presentationPart.AddPart(masterPart.ThemePart!, "rId2");

            var slideIds = new SlideIdList();
            for (var i = 0; i < slides; i++)
            {
                var slidePart = presentationPart.AddNewPart<SlidePart>($"rId{i + 3}");
                slidePart.AddPart(layoutPart);
                var tree = ShapeTree();
                tree.Append(TextBox(2, "Title", 457_200, 300_000, SlideWidth - 914_400, 900_000, 3600, [$"{i + 1}. " + Vocabulary.Sentence(random, 5)]));
                var bullets = Enumerable.Range(0, 5).Select(_ => "• " + Vocabulary.Sentence(random, random.Next(5, 12))).ToList();
                var textWidth = i % 2 == 0 ? (SlideWidth / 2) - 457_200 : SlideWidth - 914_400;
                tree.Append(TextBox(3, "Body", 457_200, 1_400_000, textWidth, 4_800_000, 2000, bullets));
                if (i % 2 == 0)
                {
                    tree.Append(Photo(slidePart, random, 4, SlideWidth / 2, 1_400_000, (SlideWidth / 2) - 457_200, 3_600_000));
                }

                slidePart.Slide = new Slide(new CommonSlideData(tree), new ColorMapOverride(new A.MasterColorMapping()));
                slideIds.Append(new SlideId { Id = (uint)(256 + i), RelationshipId = $"rId{i + 3}" });
            }

            presentationPart.Presentation = new Presentation(
                new SlideMasterIdList(new SlideMasterId { Id = 2_147_483_648U, RelationshipId = "rId1" }),
                slideIds,
                new SlideSize { Cx = (int)SlideWidth, Cy = (int)SlideHeight },
                new NotesSize { Cx = 6_858_000, Cy = 9_144_000 });
        }

        return stream.ToArray();
    }

    private static ShapeTree ShapeTree() => new(
        new NonVisualGroupShapeProperties(new NonVisualDrawingProperties { Id = 1U, Name = "" }, new NonVisualGroupShapeDrawingProperties(), new ApplicationNonVisualDrawingProperties()),
        new GroupShapeProperties(new A.TransformGroup()));

    private static Shape TextBox(uint id, string name, long x, long y, long cx, long cy, int hundredthsOfPoint, IReadOnlyList<string> lines)
    {
        var body = new TextBody(new A.BodyProperties { Wrap = A.TextWrappingValues.Square }, new A.ListStyle());
        foreach (var line in lines)
        {
            body.Append(new A.Paragraph(new A.Run(new A.RunProperties { Language = "en-US", FontSize = hundredthsOfPoint }, new A.Text(line))));
        }

        return new Shape(
            new NonVisualShapeProperties(new NonVisualDrawingProperties { Id = id, Name = name }, new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new ApplicationNonVisualDrawingProperties()),
            new ShapeProperties(new A.Transform2D(new A.Offset { X = x, Y = y }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }),
            body);
    }

    private static DocumentFormat.OpenXml.Presentation.Picture Photo(SlidePart slide, InputRandom random, uint id, long x, long y, long cx, long cy)
    {
        var image = slide.AddImagePart(ImagePartType.Jpeg);
        using (var jpeg = new MemoryStream(PhotoGenerator.Jpeg(640, 400, random.Next(1_000_000))))
        {
            image.FeedData(jpeg);
        }

        return new DocumentFormat.OpenXml.Presentation.Picture(
            new NonVisualPictureProperties(new NonVisualDrawingProperties { Id = id, Name = $"Photo {id}" }, new NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                new ApplicationNonVisualDrawingProperties()),
            new BlipFill(new A.Blip { Embed = slide.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
            new ShapeProperties(new A.Transform2D(new A.Offset { X = x, Y = y }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
    }

    private static A.Theme Theme()
    {
        static A.SolidFill Fill(string hex) => new(new A.RgbColorModelHex { Val = hex });
        var colours = new A.ColorScheme(
            new A.Dark1Color(new A.RgbColorModelHex { Val = "000000" }), new A.Light1Color(new A.RgbColorModelHex { Val = "FFFFFF" }),
            new A.Dark2Color(new A.RgbColorModelHex { Val = "1F497D" }), new A.Light2Color(new A.RgbColorModelHex { Val = "EEECE1" }),
            new A.Accent1Color(new A.RgbColorModelHex { Val = "4F81BD" }), new A.Accent2Color(new A.RgbColorModelHex { Val = "C0504D" }),
            new A.Accent3Color(new A.RgbColorModelHex { Val = "9BBB59" }), new A.Accent4Color(new A.RgbColorModelHex { Val = "8064A2" }),
            new A.Accent5Color(new A.RgbColorModelHex { Val = "4BACC6" }), new A.Accent6Color(new A.RgbColorModelHex { Val = "F79646" }),
            new A.Hyperlink(new A.RgbColorModelHex { Val = "0000FF" }), new A.FollowedHyperlinkColor(new A.RgbColorModelHex { Val = "800080" }))
        { Name = "Office" };
        var fonts = new A.FontScheme(
            new A.MajorFont(new A.LatinFont { Typeface = "DejaVu Sans" }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }),
            new A.MinorFont(new A.LatinFont { Typeface = "DejaVu Sans" }, new A.EastAsianFont { Typeface = "" }, new A.ComplexScriptFont { Typeface = "" }))
        { Name = "Office" };
        var formats = new A.FormatScheme(
            new A.FillStyleList(Fill("4F81BD"), Fill("4F81BD"), Fill("4F81BD")),
            new A.LineStyleList(new A.Outline(Fill("4F81BD")) { Width = 9525 }, new A.Outline(Fill("4F81BD")) { Width = 25400 }, new A.Outline(Fill("4F81BD")) { Width = 38100 }),
            new A.EffectStyleList(new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList()), new A.EffectStyle(new A.EffectList())),
            new A.BackgroundFillStyleList(Fill("FFFFFF"), Fill("FFFFFF"), Fill("FFFFFF")))
        { Name = "Office" };
        return new A.Theme(new A.ThemeElements(colours, fonts, formats)) { Name = "Office Theme" };
    }
}
