using BenchHarness.Tests.Fakes;
using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;
using BenchHarness.Workloads.Spreadsheet;

namespace BenchHarness.Tests.Integration;

/// <summary>
/// The spreadsheet workload's engine against LibreOffice Calc (Debian's libreoffice-calc-nogui, installed by
/// ./scripts/setup.sh): Calc opens the generated workbook, which carries no cached values, recalculates it
/// and saves it; every formula cell Calc computed must equal ours (numbers to 1e-9 relative, text and
/// errors exactly).
/// </summary>
[Trait("Category", "Integration")]
public sealed class LibreOfficeAgreementTests
{
    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    public void Full_recalculation_equals_LibreOffice_Calc(int seed)
    {
        var workbook = WorkbookGenerator.Model(InputSize.Small, seed);
        var engine = new RecalcEngine(workbook);
        engine.RecalculateAll();

        AssertAgrees(engine.Results, CalcRecalculates(workbook));
    }

    [Fact]
    public void Recalculation_after_an_edit_equals_LibreOffice_Calc()
    {
        var workbook = WorkbookGenerator.Model(InputSize.Small, 42);
        var engine = new RecalcEngine(workbook);
        engine.RecalculateAll();
        var edited = WorkbookGenerator.EditedCell(InputSize.Small);
        engine.Edit(edited, SheetValue.Of(workbook.Values[edited].Number + 123.45));

        AssertAgrees(engine.Results, CalcRecalculates(workbook));
    }

    private static void AssertAgrees(IReadOnlyDictionary<CellAddress, SheetValue> ours, Dictionary<CellAddress, SheetValue> calc)
    {
        Assert.Equal(ours.Count, calc.Count);
        var disagreements = ours
            .Where(cell => !calc.TryGetValue(cell.Key, out var theirs) || !Same(cell.Value, theirs))
            .Select(cell => $"{cell.Key}: ours {cell.Value}, Calc {calc.GetValueOrDefault(cell.Key)}")
            .ToList();
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} cells differ:\n{string.Join('\n', disagreements.Take(20))}");
        Assert.Contains(ours.Values, v => v.IsText);
        Assert.Contains(ours.Values, v => v.IsNumber && v.Number != Math.Floor(v.Number));
    }

    private static bool Same(SheetValue ours, SheetValue theirs) =>
        ours.Kind == theirs.Kind && (ours.IsNumber
            ? Math.Abs(ours.Number - theirs.Number) <= 1e-9 * Math.Max(1, Math.Abs(ours.Number))
            : ours.Text == theirs.Text);

    /// <summary>Saves the workbook without cached values, has Calc open, recalculate and save it, and reads Calc's values.</summary>
    private static Dictionary<CellAddress, SheetValue> CalcRecalculates(Workbook workbook)
    {
        var directory = TestData.TempDirectory();
        var input = Path.Combine(directory, "model.xlsx");
        using (var file = File.Create(input))
        {
            XlsxWriter.Write(workbook, null, file);
        }

        using var result = File.OpenRead(LibreOffice.Convert(input, "xlsx", directory));
        return XlsxReader.ReadFormulaResults(result);
    }
}
