using System.Globalization;

namespace BenchHarness.Workloads.Spreadsheet;

public enum ValueKind
{
    Empty,
    Number,
    Text,
    Error,
}

/// <summary>
/// What a cell holds: nothing, a number (booleans and dates are numbers, as in Excel), text or an error
/// code such as <c>#N/A</c>. Coercions follow Excel: an empty cell is 0 or "", numeric text is a number.
/// </summary>
public readonly record struct SheetValue(ValueKind Kind, double Number, string? Text)
{
    public static readonly SheetValue Empty = new(ValueKind.Empty, 0, null);

    public static SheetValue Of(double number) =>
        double.IsFinite(number) ? new(ValueKind.Number, number, null) : Error(SheetError.Num);

    public static SheetValue Of(string text) => new(ValueKind.Text, 0, text);

    public static SheetValue Of(bool value) => new(ValueKind.Number, value ? 1 : 0, null);

    public static SheetValue Error(string code) => new(ValueKind.Error, 0, code);

    public bool IsNumber => Kind == ValueKind.Number;

    public bool IsText => Kind == ValueKind.Text;

    /// <summary>The value as a number; text that is not a number is <c>#VALUE!</c>, an error stays itself.</summary>
    public double ToNumber() => Kind switch
    {
        ValueKind.Number => Number,
        ValueKind.Empty => 0,
        ValueKind.Text when double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        ValueKind.Text => throw new SheetError(SheetError.Value),
        _ => throw new SheetError(Text!),
    };

    /// <summary>The value as text; numbers as Excel's General format shows them (up to 15 digits).</summary>
    public string ToText() => Kind switch
    {
        ValueKind.Text => Text!,
        ValueKind.Empty => "",
        ValueKind.Number => Number.ToString("G15", CultureInfo.InvariantCulture),
        _ => throw new SheetError(Text!),
    };

    /// <summary>Throws the error this value holds, so that it propagates to the formula's cell.</summary>
    public SheetValue ThrowIfError() => Kind == ValueKind.Error ? throw new SheetError(Text!) : this;

    /// <summary>
    /// Excel's ordering for comparisons and lookups: numbers before text, text case-insensitively.
    /// An empty cell compares as 0 against a number and as "" against text.
    /// </summary>
    public static int Compare(SheetValue left, SheetValue right)
    {
        left.ThrowIfError();
        right.ThrowIfError();
        if (left.Kind == ValueKind.Empty) left = right.IsText ? Of("") : Of(0);
        if (right.Kind == ValueKind.Empty) right = left.IsText ? Of("") : Of(0);
        return (left.IsText, right.IsText) switch
        {
            (false, false) => left.Number.CompareTo(right.Number),
            (true, true) => string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase),
            (false, true) => -1,
            (true, false) => 1,
        };
    }

    public override string ToString() => Kind switch
    {
        ValueKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        ValueKind.Empty => "(empty)",
        _ => Text!,
    };
}

/// <summary>A spreadsheet error value raised while evaluating a formula; the cell takes its code.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Named as spreadsheets name it (#N/A is an error value); that it travels as an exception is how, not what.")]
public sealed class SheetError(string code) : Exception(code)
{
    public const string NotAvailable = "#N/A";
    public const string Value = "#VALUE!";
    public const string DivideByZero = "#DIV/0!";
    public const string Num = "#NUM!";
    public const string Reference = "#REF!";

    public string Code { get; } = code;
}
