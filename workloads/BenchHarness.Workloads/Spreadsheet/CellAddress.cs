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
        while (i < text.Length && char.IsAsciiLetterUpper(text[i]))
        {
            column = (column * 26) + (text[i] - 'A' + 1);
            i++;
            letters++;
        }

        if (i < text.Length && text[i] == '$') i++;
        var digits = text[i..];
        if (letters == 0 || digits.Length == 0 || !int.TryParse(digits, out var row) || row < 1)
        {
            return false;
        }

        address = new CellAddress(sheet, row - 1, column - 1);
        return true;
    }

    public override string ToString() => $"{Sheet}!{(char)('A' + Column)}{Row + 1}";
}
