using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using BenchHarness.Workloads.Catalog;

namespace BenchHarness.Workloads.Inputs;

/// <summary>
/// Writes a financial model as an .xlsx with the Open XML SDK: an Inputs sheet of amounts and a Model sheet
/// of seven formula columns per row (products, a running total chain, IF, SUM, AVERAGE, ROUND, MAX/MIN),
/// with cross-sheet references. About 2,100 formula cells at <see cref="InputSize.Small"/>, 21,000 at standard.
/// No cached values are written: the reader must recalculate.
/// </summary>
public static class WorkbookGenerator
{
    public static int RowCount(InputSize size) => size == InputSize.Small ? 300 : 3000;

    /// <summary>The Model sheet's formulas for one row, columns A to G.</summary>
    public static string[] ModelFormulas(int r)
    {
        var back10 = Math.Max(1, r - 9);
        var back5 = Math.Max(1, r - 4);
        return
        [
            $"Inputs!A{r}*Inputs!B{r}",
            r == 1 ? "A1" : $"A{r}+B{r - 1}",
            $"IF(A{r}>Inputs!C{r},A{r}-Inputs!C{r},0)",
            $"SUM(Inputs!A{back10}:C{r})",
            $"AVERAGE(A{back5}:A{r})",
            $"ROUND(E{r}/(1+Inputs!D{r}),2)",
            $"MAX(C{r},D{r}/10)-MIN(F{r},5)",
        ];
    }

    public static byte[] Generate(InputSize size, int seed)
    {
        var random = new InputRandom(seed);
        var rows = RowCount(size);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            AddSheet(workbookPart, sheets, 1, "Inputs", rows, r =>
            [
                Number(random.NextAmount(1000)), Number(random.NextAmount(50)), Number(random.NextAmount(20_000)),
                Number(random.Next(1, 30) / 100.0),
            ]);
            AddSheet(workbookPart, sheets, 2, "Model", rows, r =>
                ModelFormulas(r).Select(f => new Cell { CellFormula = new CellFormula(f) }).ToArray());
        }

        return stream.ToArray();
    }

    private static Cell Number(double value) =>
        new() { CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)), DataType = CellValues.Number };

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, int rows, Func<int, Cell[]> cells)
    {
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 1; r <= rows; r++)
        {
            var row = new Row { RowIndex = (uint)r };
            var rowCells = cells(r);
            for (var c = 0; c < rowCells.Length; c++)
            {
                rowCells[c].CellReference = $"{(char)('A' + c)}{r}";
                row.Append(rowCells[c]);
            }

            data.Append(row);
        }

        worksheetPart.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = id, Name = name });
    }
}
