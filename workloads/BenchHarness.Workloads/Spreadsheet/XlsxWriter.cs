using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>
/// Saves a workbook as .xlsx with the Open XML SDK's streaming writer, as an office application saves:
/// constants, formulas and, when given, each formula's computed value cached beside it.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Writes the workbook and returns the number of cells written.</summary>
    public static int Write(Workbook workbook, IReadOnlyDictionary<CellAddress, SheetValue>? results, Stream xlsx)
    {
        var written = 0;
        using var document = SpreadsheetDocument.Create(xlsx, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheets = new Sheets();
        var cellsBySheet = workbook.Values.Keys.Concat(workbook.Formulas.Keys).ToLookup(a => a.Sheet);
        uint id = 1;
        foreach (var name in workbook.Sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var cells = cellsBySheet[name].OrderBy(a => a.Row).ThenBy(a => a.Column).ToList();
            WriteSheet(part, cells, workbook, results);
            written += cells.Count;
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(sheets);
        return written;
    }

    private static void WriteSheet(WorksheetPart part, List<CellAddress> cells, Workbook workbook, IReadOnlyDictionary<CellAddress, SheetValue>? results)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var row = -1;
        foreach (var address in cells)
        {
            if (address.Row != row)
            {
                if (row >= 0)
                {
                    writer.WriteEndElement();
                }

                row = address.Row;
                writer.WriteStartElement(new Row { RowIndex = (uint)row + 1 });
            }

            writer.WriteElement(workbook.Formulas.TryGetValue(address, out var formula)
                ? FormulaCell(address, formula, results?.GetValueOrDefault(address))
                : ConstantCell(address, workbook.Values[address]));
        }

        if (row >= 0)
        {
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell ConstantCell(CellAddress address, SheetValue value) => value.IsText
        ? new Cell(new InlineString(new Text(value.Text!))) { CellReference = address.Reference, DataType = CellValues.InlineString }
        : new Cell { CellReference = address.Reference, CellValue = new CellValue(Number(value.ToNumber())) };

    private static Cell FormulaCell(CellAddress address, string formula, SheetValue? result)
    {
        var cell = new Cell { CellReference = address.Reference, CellFormula = new CellFormula(formula) };
        switch (result?.Kind)
        {
            case ValueKind.Number:
                cell.CellValue = new CellValue(Number(result.Value.Number));
                break;
            case ValueKind.Text:
                cell.DataType = CellValues.String;
                cell.CellValue = new CellValue(result.Value.Text!);
                break;
            case ValueKind.Error:
                cell.DataType = CellValues.Error;
                cell.CellValue = new CellValue(result.Value.Text!);
                break;
        }

        return cell;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
