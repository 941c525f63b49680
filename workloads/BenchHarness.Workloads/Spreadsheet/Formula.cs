namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>A parsed formula: an expression tree.</summary>
public abstract record Formula;

public sealed record NumberFormula(double Value) : Formula;

public sealed record TextFormula(string Value) : Formula;

public sealed record ReferenceFormula(CellAddress Address) : Formula;

public sealed record RangeFormula(CellAddress From, CellAddress To) : Formula
{
    public int Rows => To.Row - From.Row + 1;

    public int Columns => To.Column - From.Column + 1;

    public bool Contains(CellAddress cell) =>
        cell.Sheet == From.Sheet && cell.Row >= From.Row && cell.Row <= To.Row && cell.Column >= From.Column && cell.Column <= To.Column;

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
