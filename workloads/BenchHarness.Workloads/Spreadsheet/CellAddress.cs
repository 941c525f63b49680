namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>A cell on a named sheet, zero-based row and column.</summary>
public readonly record struct CellAddress(string Sheet, int Row, int Column)
{
    /// <summary>Parses <c>B12</c> or <c>$B$12</c> (without sheet) into a zero-based address.</summary>
    public static bool TryParse(string sheet, ReadOnlySpan<char> text, out CellAddress address)
    {
        address = default;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        var column = 0;
        var letters = 0;
        while (i < text.Length && char.IsAsciiLetterUpper(text[i]) && letters < 3)
        {
            column = (column * 26) + (text[i] - 'A' + 1);
            i++;
            letters++;
        }

        if (i < text.Length && text[i] == '$') i++;
        var digits = text[i..];
        if (letters == 0 || digits.Length == 0 || !char.IsAsciiDigit(digits[0]) || !int.TryParse(digits, out var row) || row < 1)
        {
            return false;
        }

        address = new CellAddress(sheet, row - 1, column - 1);
        return true;
    }

    /// <summary>The column's letters: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The reference without its sheet, e.g. <c>B12</c>.</summary>
    public string Reference => $"{ColumnName(Column)}{Row + 1}";

    public override string ToString() => $"{Sheet}!{Reference}";

    /// <summary>Cheap hashing: row, column and the sheet name's length and first letter (a workbook has few sheets).</summary>
    public override int GetHashCode() => HashCode.Combine(Row, Column, Sheet.Length, Sheet.Length > 0 ? Sheet[0] : '\0');

    public bool Equals(CellAddress other) =>
        Row == other.Row && Column == other.Column && (ReferenceEquals(Sheet, other.Sheet) || string.Equals(Sheet, other.Sheet, StringComparison.Ordinal));
}
