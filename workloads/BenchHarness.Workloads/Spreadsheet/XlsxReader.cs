using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>Opens an .xlsx with the Open XML SDK: constants (numbers, shared and inline text) and formula texts.</summary>
public static class XlsxReader
{
    public static Workbook Read(Stream xlsx)
    {
        var workbook = new Workbook();
        ReadCells(xlsx, workbook.Sheets, (address, cell, value) =>
        {
            if (cell.CellFormula is { } formula)
            {
                workbook.Formulas[address] = formula.Text;
            }
            else if (value.Kind != ValueKind.Empty)
            {
                workbook.Values[address] = value;
            }
        });
        return workbook;
    }

    /// <summary>The values that the application that saved the workbook computed for its formula cells.</summary>
    public static Dictionary<CellAddress, SheetValue> ReadFormulaResults(Stream xlsx)
    {
        var results = new Dictionary<CellAddress, SheetValue>();
        ReadCells(xlsx, [], (address, cell, value) =>
        {
            if (cell.CellFormula is not null)
            {
                results[address] = value;
            }
        });
        return results;
    }

    private static void ReadCells(Stream xlsx, List<string> sheetNames, Action<CellAddress, Cell, SheetValue> visit)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? throw new InvalidDataException("A sheet has no name.");
            sheetNames.Add(name);
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id?.Value ?? throw new InvalidDataException($"Sheet {name} has no part."));
            foreach (var cell in part.Worksheet?.Descendants<Cell>() ?? [])
            {
                var reference = cell.CellReference?.Value ?? throw new InvalidDataException($"A cell on {name} has no reference.");
                if (!CellAddress.TryParse(name, reference, out var address))
                {
                    throw new InvalidDataException($"'{reference}' on {name} is not a cell reference.");
                }

                visit(address, cell, Value(cell, sharedStrings, address));
            }
        }
    }

    private static SheetValue Value(Cell cell, string[] sharedStrings, CellAddress address)
    {
        var text = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return SheetValue.Of(cell.InlineString?.InnerText ?? "");
        }

        if (text is null)
        {
            return SheetValue.Empty;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(text, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Length
                ? SheetValue.Of(sharedStrings[index])
                : throw new InvalidDataException($"{address}: shared string '{text}' does not exist.");
        }

        if (type == CellValues.String)
        {
            return SheetValue.Of(text);
        }

        if (type == CellValues.Error)
        {
            return SheetValue.Error(text);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? SheetValue.Of(number)
            : throw new InvalidDataException($"{address}: '{text}' is not a number.");
    }
}
