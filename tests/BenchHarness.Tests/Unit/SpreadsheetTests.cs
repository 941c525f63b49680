using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Inputs;
using BenchHarness.Workloads.Spreadsheet;

namespace BenchHarness.Tests.Unit;

/// <summary>The formula engine against values worked out by hand (and, for the functions, as Excel documents them).</summary>
public sealed class SpreadsheetTests
{
    private readonly Workbook _workbook = new();

    public SpreadsheetTests()
    {
        _workbook.Sheets.AddRange(["S", "T"]);
        // S!A1:C3: a region table; S!E1:F3: sorted tiers; S!H1:H4 numbers, text, empty, number.
        Row(1, "East", 0.10, 5);
        Row(2, "West", 0.20, 7);
        Row(3, "North", 0.30, 11);
        Set("E1", 0); Set("F1", 0.01);
        Set("E2", 500); Set("F2", 0.02);
        Set("E3", 1000); Set("F3", 0.03);
        Set("H1", 2); Set("H2", "apples"); Set("H4", 10);
    }

    [Theory]
    [InlineData("B1*C1+C1", 5.5)]
    [InlineData("SUM(H1:H4)", 12)]                       // text and the empty cell are skipped
    [InlineData("AVERAGE(H1:H4)", 6)]                    // (2 + 10) / 2
    [InlineData("COUNT(H1:H4)", 2)]
    [InlineData("MIN(C1:C3)-MAX(E1:E3)", -995)]
    [InlineData("ROUND(2.5,0)+ROUND(-2.5,0)", 0)]         // halves away from zero: 3 - 3
    [InlineData("ROUND(1.005*100,0)", 101)]              // 100.49999999999999 shows, and rounds, as 100.5
    [InlineData("ROUND(2.345,2)", 2.35)]                 // stored as 2.34499…
    [InlineData("ROUND(1234.5,-2)", 1200)]
    [InlineData("- -C3^2/4", 30.25)]                     // unary minus binds before ^
    [InlineData("IF(C1>C2,1,AVERAGE(C1:C2))", 6)]
    [InlineData("AND(1,C1>4)+OR(0,0)", 1)]
    [InlineData("VLOOKUP(\"west\",A1:C3,3,FALSE)", 7)]   // exact, case-insensitive
    [InlineData("VLOOKUP(750,E1:F3,2,TRUE)", 0.02)]      // approximate: largest tier ≤ 750
    [InlineData("VLOOKUP(5000,E1:F3,2)", 0.03)]
    [InlineData("INDEX(C1:C3,MATCH(\"North\",A1:A3,0))", 11)]
    [InlineData("INDEX(A1:C3,2,3)", 7)]
    [InlineData("MATCH(999,E1:E3)", 2)]
    [InlineData("SUMIF(A1:A3,\"east\",C1:C3)", 5)]
    [InlineData("SUMIF(C1:C3,\">5\")", 18)]
    [InlineData("SUMIF(A1:A3,\"<>West\",B1:B3)", 0.4)]
    [InlineData("COUNTIF(E1:E3,\">=\"&500)", 2)]
    [InlineData("PMT(0.01,12,-1000)", 88.848788678)]     // 1000·0.01·1.01¹² / (1.01¹² − 1)
    [InlineData("PMT(0,10,-1000)", 100)]
    [InlineData("NPV(0.1,100,200)", 256.198347107)]      // 100/1.1 + 200/1.21
    [InlineData("DATE(2024,2,29)", 45351)]               // 2024-01-01 is 45292, + 31 + 28
    [InlineData("DATE(2023,14,1)", 45323)]               // month 14 rolls over to 2024-02-01
    [InlineData("WEEKDAY(45351)*10+WEEKDAY(45351,2)", 54)] // 2024-02-29 is a Thursday
    [InlineData("EOMONTH(45351,1)", 45382)]              // 2024-03-31
    [InlineData("EDATE(DATE(2024,1,31),1)", 45351)]      // clamped to the month's last day
    [InlineData("YEAR(45351)*10000+MONTH(45351)*100+DAY(45351)", 20240229)]
    [InlineData("LEN(A3)+LEN(\"\")", 5)]
    [InlineData("T!A1+1", 1)]                            // an empty cell on another sheet is 0
    public void A_formula_computes_the_hand_checked_number(string formula, double expected)
    {
        var value = Calculate(formula);

        Assert.Equal(ValueKind.Number, value.Kind);
        Assert.Equal(expected, value.Number, 1e-9);
    }

    [Theory]
    [InlineData("UPPER(LEFT(A2,3))&\"-\"&LEN(A2)", "WES-4")]
    [InlineData("RIGHT(A3,2)&MID(A3,2,3)&LOWER(\"X\")", "thortx")]
    [InlineData("CONCATENATE(A1,\" \",C1,\" \",B1)", "East 5 0.1")]
    [InlineData("TRIM(\"  a   b \")", "a b")]
    [InlineData("\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData("IF(H2=\"APPLES\",\"same\",\"differs\")", "same")]
    public void A_formula_computes_the_hand_checked_text(string formula, string expected)
    {
        var value = Calculate(formula);

        Assert.Equal(ValueKind.Text, value.Kind);
        Assert.Equal(expected, value.Text);
    }

    [Theory]
    [InlineData("1/0", "#DIV/0!")]
    [InlineData("VLOOKUP(\"South\",A1:C3,2,FALSE)", "#N/A")]
    [InlineData("VLOOKUP(\"South\",A1:C3,2,FALSE)*2+1", "#N/A")]   // errors propagate
    [InlineData("A1*2", "#VALUE!")]                                  // text is not a number
    [InlineData("INDEX(C1:C3,4)", "#REF!")]
    [InlineData("AVERAGE(A1:A3)", "#DIV/0!")]
    public void An_error_becomes_the_cells_value(string formula, string code)
    {
        var value = Calculate(formula);

        Assert.Equal(ValueKind.Error, value.Kind);
        Assert.Equal(code, value.Text);
    }

    [Fact]
    public void An_error_propagates_to_the_cells_that_read_it()
    {
        _workbook.Formulas[Address("K1")] = "1/0";
        _workbook.Formulas[Address("K2")] = "K1+1";
        var engine = new RecalcEngine(_workbook);
        engine.RecalculateAll();

        Assert.Equal("#DIV/0!", engine.Results[Address("K2")].Text);
    }

    [Fact]
    public void A_circular_reference_is_an_error_not_a_hang()
    {
        _workbook.Formulas[Address("K1")] = "K2+1";
        _workbook.Formulas[Address("K2")] = "SUM(K1:K1)";

        Assert.Throws<InvalidDataException>(() => new RecalcEngine(_workbook));
    }

    [Theory]
    [InlineData("SUM(A1:")]
    [InlineData("1+")]
    [InlineData("A0")]
    [InlineData("\"open")]
    public void A_malformed_formula_is_a_format_error(string formula) =>
        Assert.Throws<FormatException>(() => FormulaParser.Parse(formula, "S"));

    [Fact]
    public void An_edit_recalculates_only_its_dependents_and_agrees_with_a_full_recalculation()
    {
        var workbook = WorkbookGenerator.Model(InputSize.Small, 7);
        var engine = new RecalcEngine(workbook);
        engine.RecalculateAll();
        var edited = WorkbookGenerator.EditedCell(InputSize.Small);
        var before = engine.Results.ToDictionary();

        var recalculated = engine.Edit(edited, SheetValue.Of(workbook.Values[edited].Number + 500));
        var full = new RecalcEngine(workbook);
        full.RecalculateAll();

        Assert.InRange(recalculated.Count, 100, workbook.Formulas.Count / 2);
        Assert.Contains(new CellAddress("Model", edited.Row, 0), recalculated);
        Assert.Contains(new CellAddress("Model", WorkbookGenerator.RowCount(InputSize.Small) - 1, 1), recalculated); // the end of the running total
        Assert.Equal(full.Results.Count, engine.Results.Count);
        Assert.All(full.Results, r => Assert.Equal(r.Value, engine.Results[r.Key]));
        Assert.NotEqual(before[new CellAddress("Model", edited.Row, 0)], engine.Results[new CellAddress("Model", edited.Row, 0)]);
    }

    [Fact]
    public void The_generated_workbook_reads_back_with_every_formula_and_value()
    {
        var rows = WorkbookGenerator.RowCount(InputSize.Small);
        var model = WorkbookGenerator.Model(InputSize.Small, 42);
        var workbook = XlsxReader.Read(new MemoryStream(WorkbookGenerator.Generate(InputSize.Small, 42)));

        Assert.Equal((rows * WorkbookGenerator.ModelColumns) + WorkbookGenerator.SummaryFormulas, workbook.Formulas.Count);
        Assert.Equal(model.Sheets, workbook.Sheets);
        Assert.Equal(model.Formulas.OrderBy(f => f.Key.ToString()), workbook.Formulas.OrderBy(f => f.Key.ToString()));
        Assert.Equal(model.Values.OrderBy(v => v.Key.ToString()), workbook.Values.OrderBy(v => v.Key.ToString()));
    }

    [Fact]
    public void A_saved_workbook_carries_every_computed_value()
    {
        var workbook = WorkbookGenerator.Model(InputSize.Small, 42);
        var engine = new RecalcEngine(workbook);
        engine.RecalculateAll();
        using var saved = new MemoryStream();
        var written = XlsxWriter.Write(workbook, engine.Results, saved);

        var cached = XlsxReader.ReadFormulaResults(new MemoryStream(saved.ToArray()));

        Assert.Equal(workbook.Values.Count + workbook.Formulas.Count, written);
        Assert.Equal(engine.Results.Count, cached.Count);
        Assert.All(engine.Results, r => Assert.Equal(r.Value, cached[r.Key]));
        Assert.DoesNotContain(engine.Results.Values, v => v.Kind == ValueKind.Error);
    }

    private SheetValue Calculate(string formula)
    {
        _workbook.Formulas[Address("Z1")] = formula;
        var engine = new RecalcEngine(_workbook);
        engine.RecalculateAll();
        return engine.Results[Address("Z1")];
    }

    private void Row(int row, string region, double rate, double amount)
    {
        Set($"A{row}", region);
        Set($"B{row}", rate);
        Set($"C{row}", amount);
    }

    private void Set(string cell, double value) => _workbook.Values[Address(cell)] = SheetValue.Of(value);

    private void Set(string cell, string value) => _workbook.Values[Address(cell)] = SheetValue.Of(value);

    private static CellAddress Address(string text) => CellAddress.TryParse("S", text, out var a) ? a : throw new ArgumentException(text);
}
