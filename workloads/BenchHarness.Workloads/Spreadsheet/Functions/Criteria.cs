using System.Globalization;

namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>
/// A SUMIF/COUNTIF criterion: a value (equality) or text starting with an operator, e.g. <c>"&gt;500"</c>,
/// <c>"&lt;&gt;East"</c>. Numeric operands match numeric cells only; text matches case-insensitively.
/// Wildcards (<c>*</c>, <c>?</c>) are not interpreted.
/// </summary>
public sealed class Criteria
{
    private static readonly string[] Operators = ["<=", ">=", "<>", "<", ">", "="];
    private readonly string _operator;
    private readonly SheetValue _operand;

    public Criteria(SheetValue criterion)
    {
        _operator = "=";
        _operand = criterion;
        if (!criterion.IsText)
        {
            return;
        }

        var text = criterion.Text!;
        _operator = Operators.FirstOrDefault(o => text.StartsWith(o, StringComparison.Ordinal)) ?? "=";
        var rest = text.StartsWith(_operator, StringComparison.Ordinal) ? text[_operator.Length..] : text;
        _operand = double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? SheetValue.Of(number) : SheetValue.Of(rest);
    }

    public bool Matches(SheetValue value)
    {
        if (value.Kind == ValueKind.Error || value.Kind == ValueKind.Empty || value.IsText != _operand.IsText)
        {
            return _operator == "<>" && value.Kind != ValueKind.Error;
        }

        var order = SheetValue.Compare(value, _operand);
        return _operator switch
        {
            "=" => order == 0,
            "<>" => order != 0,
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order >= 0,
        };
    }
}
