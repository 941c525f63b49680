namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>
/// A function call's arguments, evaluated lazily (IF evaluates one branch). Errors in an argument propagate
/// as <see cref="SheetError"/>. References and ranges give their cells; other arguments their value.
/// </summary>
public sealed class FunctionArguments(string name, IReadOnlyList<Formula> formulas, Func<Formula, SheetValue> evaluate, Func<CellAddress, SheetValue> cell)
{
    public int Count => formulas.Count;

    /// <summary>Checks the argument count; a wrong count is a malformed workbook, not a cell error.</summary>
    public FunctionArguments Require(int min, int max)
    {
        if (Count < min || Count > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            throw new InvalidDataException($"{name} takes {expected} arguments, not {Count}.");
        }

        return this;
    }

    public SheetValue Value(int index) => evaluate(formulas[index]).ThrowIfError();

    public double Number(int index) => Value(index).ToNumber();

    public double Number(int index, double absent) => index < Count ? Number(index) : absent;

    public string Text(int index) => Value(index).ToText();

    public bool Flag(int index, bool absent) => index < Count ? Number(index) != 0 : absent;

    /// <summary>The argument as a block of cells; a single reference is a 1×1 block.</summary>
    public SheetRange Range(int index) => formulas[index] switch
    {
        RangeFormula range => new SheetRange(range, cell),
        ReferenceFormula reference => new SheetRange(new RangeFormula(reference.Address, reference.Address), cell),
        _ => throw new SheetError(SheetError.Value),
    };

    public bool IsRange(int index) => formulas[index] is RangeFormula or ReferenceFormula;

    /// <summary>
    /// The numbers of every argument, as SUM sees them: in ranges and references only numeric cells count
    /// (text and empty cells are skipped, errors propagate); direct values are converted.
    /// </summary>
    public IEnumerable<double> Numbers()
    {
        for (var i = 0; i < Count; i++)
        {
            if (IsRange(i))
            {
                foreach (var value in Range(i).Cells())
                {
                    if (value.ThrowIfError().IsNumber)
                    {
                        yield return value.Number;
                    }
                }
            }
            else
            {
                yield return Number(i);
            }
        }
    }
}
