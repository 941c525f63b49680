namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>A parsed formula: an expression tree.</summary>
public abstract record Formula;

public sealed record NumberFormula(double Value) : Formula;

public sealed record ReferenceFormula(CellAddress Address) : Formula;

public sealed record RangeFormula(CellAddress From, CellAddress To) : Formula
{
    public IEnumerable<CellAddress> Cells()
    {
        for (var r = From.Row; r <= To.Row; r++)
        {
            for (var c = From.Column; c <= To.Column; c++)
            {
                yield return new CellAddress(From.Sheet, r, c);
            }
        }
    }
}

public sealed record UnaryFormula(char Operator, Formula Operand) : Formula;

public sealed record BinaryFormula(string Operator, Formula Left, Formula Right) : Formula;

public sealed record FunctionFormula(string Name, IReadOnlyList<Formula> Arguments) : Formula;
