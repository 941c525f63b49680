using BenchHarness.Workloads.Catalog;
using BenchHarness.Workloads.Spreadsheet;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// A sales and finance model as an .xlsx, written with the Open XML SDK. Four sheets: <c>Rates</c> (a region
/// table with text keys and a sorted commission-tier table), <c>Inputs</c> (amounts, quantities, costs,
/// rates, region codes, dates, product names), <c>Model</c> (seventeen formulas per row: products, a running
/// total chain through every row, IF, windowed SUM/AVERAGE, ROUND, MAX/MIN, exact VLOOKUP, INDEX/MATCH,
/// approximate VLOOKUP, PMT, date and text functions, SUMIF and COUNTIF over windows, cross-sheet references)
/// and <c>Summary</c> (per-region SUMIF/COUNTIF over every row, NPV, totals). 5,100 formula cells at
/// <see cref="InputSize.Small"/>, 34,000 at standard. No cached values are written: a reader must recalculate.
/// </summary>
public static class WorkbookGenerator
{
    public const int Regions = 20;
    public const int ModelColumns = 17;
    public const int SummaryFormulas = (Regions * 4) + 4;

    public static int RowCount(InputSize size) => size == InputSize.Small ? 300 : 2000;

    /// <summary>The constant cell that the edit-and-save workload changes: an amount half-way down.</summary>
    public static CellAddress EditedCell(InputSize size) => new("Inputs", RowCount(size) / 2, 0);

    /// <summary>The Model sheet's formulas for one row (1-based), columns A to Q.</summary>
    public static string[] ModelFormulas(int r)
    {
        var back5 = Math.Max(1, r - 4);
        var back10 = Math.Max(1, r - 9);
        var back50 = Math.Max(1, r - 49);
        return
        [
            $"Inputs!A{r}*Inputs!B{r}",
            r == 1 ? "A1" : $"A{r}+B{r - 1}",
            $"IF(A{r}>Inputs!C{r},A{r}-Inputs!C{r},0)",
            $"SUM(Inputs!A{back10}:C{r})",
            $"AVERAGE(A{back5}:A{r})",
            $"ROUND(E{r}/(1+Inputs!D{r}),2)",
            $"MAX(C{r},D{r}/10)-MIN(F{r},5)",
            $"VLOOKUP(Inputs!E{r},Rates!$A$1:$C${Regions},2,FALSE)",
            $"INDEX(Rates!$C$1:$C${Regions},MATCH(Inputs!E{r},Rates!$A$1:$A${Regions},0))",
            $"ROUND(A{r}*(1-I{r})*(1+H{r}),2)",
            $"A{r}*VLOOKUP(A{r},Rates!$E$1:$F$10,2,TRUE)",
            $"PMT(Inputs!D{r}/12,36,-J{r})",
            $"YEAR(Inputs!F{r})*100+MONTH(Inputs!F{r})",
            $"EOMONTH(Inputs!F{r},0)-Inputs!F{r}+WEEKDAY(Inputs!F{r},2)",
            $"UPPER(LEFT(Inputs!G{r},3))&\"-\"&Inputs!E{r}&\"-\"&LEN(Inputs!G{r})",
            $"SUMIF(Inputs!E{back50}:E{r},Inputs!E{r},J{back50}:J{r})",
            $"COUNTIF(A{back50}:A{r},\">\"&ROUND(Inputs!C{r}/20,0))",
        ];
    }

    public static Workbook Model(InputSize size, int seed)
    {
        var random = new InputRandom(seed);
        var rows = RowCount(size);
        var workbook = new Workbook();
        workbook.Sheets.AddRange(["Rates", "Inputs", "Model", "Summary"]);
        void Set(string sheet, int row, int column, SheetValue value) => workbook.Values[new CellAddress(sheet, row - 1, column)] = value;
        void Formula(string sheet, int row, int column, string formula) => workbook.Formulas[new CellAddress(sheet, row - 1, column)] = formula;

        for (var i = 1; i <= Regions; i++)
        {
            Set("Rates", i, 0, SheetValue.Of(Region(i)));
            Set("Rates", i, 1, SheetValue.Of(random.Next(5, 26) / 100.0));
            Set("Rates", i, 2, SheetValue.Of(random.Next(0, 16) / 100.0));
        }

        double[] tiers = [0, 500, 1000, 2500, 5000, 10_000, 20_000, 40_000, 80_000, 160_000];
        for (var i = 0; i < tiers.Length; i++)
        {
            Set("Rates", i + 1, 4, SheetValue.Of(tiers[i]));
            Set("Rates", i + 1, 5, SheetValue.Of((i + 1) / 200.0));
        }

        Set("Rates", 1, 7, SheetValue.Of(0.08));
        var firstDay = new DateTime(2018, 1, 1);
        for (var r = 1; r <= rows; r++)
        {
            Set("Inputs", r, 0, SheetValue.Of(random.NextAmount(1000)));
            Set("Inputs", r, 1, SheetValue.Of(random.NextAmount(50)));
            Set("Inputs", r, 2, SheetValue.Of(random.NextAmount(20_000)));
            Set("Inputs", r, 3, SheetValue.Of(random.Next(1, 30) / 100.0));
            Set("Inputs", r, 4, SheetValue.Of(Region(random.Next(1, Regions + 1))));
            Set("Inputs", r, 5, Spreadsheet.Functions.DateFunctions.Serial(firstDay.AddDays(random.Next(2922))));
            Set("Inputs", r, 6, SheetValue.Of($"{Vocabulary.Words[random.Next(Vocabulary.Words.Length)]}-{Vocabulary.Words[random.Next(Vocabulary.Words.Length)]}"));
            var formulas = ModelFormulas(r);
            for (var c = 0; c < formulas.Length; c++)
            {
                Formula("Model", r, c, formulas[c]);
            }
        }

        for (var i = 1; i <= Regions; i++)
        {
            var months = 1 + ((i * 12) % (rows - 12));
            Formula("Summary", i, 0, $"Rates!A{i}");
            Formula("Summary", i, 1, $"SUMIF(Inputs!$E$1:$E${rows},A{i},Model!$J$1:$J${rows})");
            Formula("Summary", i, 2, $"COUNTIF(Inputs!$E$1:$E${rows},A{i})");
            Formula("Summary", i, 3, $"IF(C{i}>0,B{i}/C{i},0)+NPV(Rates!$H$1,Model!L{months}:L{months + 11})");
        }

        Set("Summary", Regions + 1, 0, SheetValue.Of("Total"));
        Formula("Summary", Regions + 1, 1, $"SUM(B1:B{Regions})");
        Formula("Summary", Regions + 1, 2, $"SUM(C1:C{Regions})");
        Formula("Summary", Regions + 2, 1, $"MAX(Model!B1:B{rows})");
        Formula("Summary", Regions + 2, 2, $"AVERAGE(Model!L1:L{rows})");
        return workbook;
    }

    public static byte[] Generate(InputSize size, int seed)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(Model(size, seed), null, stream);
        return stream.ToArray();
    }

    private static string Region(int i) => $"R{i:00}";
}
