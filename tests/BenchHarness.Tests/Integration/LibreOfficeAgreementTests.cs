using System.Diagnostics;
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
    private const string Soffice = "/usr/bin/soffice";

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
        Assert.True(File.Exists(Soffice), $"{Soffice} is missing: run ./scripts/setup.sh (package libreoffice-calc-nogui)");
        var directory = TestData.TempDirectory();
        var input = Path.Combine(directory, "model.xlsx");
        using (var file = File.Create(input))
        {
            XlsxWriter.Write(workbook, null, file);
        }

        var output = Path.Combine(directory, "calc");
        var start = new ProcessStartInfo(Soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(directory, "profile")}",
                "--convert-to", "xlsx", "--outdir", output, input,
            },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice did not finish within 3 minutes");
        var saved = Path.Combine(output, "model.xlsx");
        Assert.True(process.ExitCode == 0 && File.Exists(saved), $"LibreOffice failed ({process.ExitCode}): {stdout} {stderr.Result}");
        using var result = File.OpenRead(saved);
        return XlsxReader.ReadFormulaResults(result);
    }
}
