using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>Opens an .xlsx with the Open XML SDK and parses every numeric cell and formula.</summary>
public static class XlsxReader
{
    public static Workbook Read(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var workbook = new Workbook();
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? throw new InvalidDataException("A sheet has no name.");
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id?.Value ?? throw new InvalidDataException($"Sheet {name} has no part."));
            foreach (var cell in part.Worksheet?.Descendants<Cell>() ?? [])
            {
                var reference = cell.CellReference?.Value ?? throw new InvalidDataException($"A cell on {name} has no reference.");
                if (!CellAddress.TryParse(name, reference, out var address))
                {
                    throw new InvalidDataException($"'{reference}' on {name} is not a cell reference.");
                }

                if (cell.CellFormula is { } formula)
                {
                    workbook.Formulas[address] = FormulaParser.Parse(formula.Text, name);
                }
                else if (cell.CellValue is { } value)
                {
                    workbook.Values[address] = double.Parse(value.Text, CultureInfo.InvariantCulture);
                }
            }
        }

        return workbook;
    }
}
