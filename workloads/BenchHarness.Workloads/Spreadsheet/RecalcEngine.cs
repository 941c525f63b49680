using BenchHarness.Workloads.Spreadsheet.Functions;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>
/// Parses a workbook's formulas, builds its dependency graph and recalculates: everything once, or after an
/// edit only the cells that depend on it. An error in a cell (<c>#N/A</c>, <c>#DIV/0!</c> …) becomes the
/// cell's value and propagates to its readers, as in a spreadsheet.
/// </summary>
public sealed class RecalcEngine
{
    private readonly Workbook _workbook;
    private readonly Dictionary<CellAddress, Formula> _formulas;
    private readonly Dictionary<CellAddress, SheetValue> _results = [];
    private readonly DependencyGraph _graph;

    public RecalcEngine(Workbook workbook)
    {
        _workbook = workbook;
        _formulas = new Dictionary<CellAddress, Formula>(workbook.Formulas.Count);
        foreach (var (address, text) in workbook.Formulas)
        {
            _formulas[address] = FormulaParser.Parse(text, address.Sheet);
        }

        _graph = new DependencyGraph(_formulas);
    }

    public IReadOnlyDictionary<CellAddress, SheetValue> Results => _results;

    /// <summary>Recalculates every formula and returns the evaluation order.</summary>
    public IReadOnlyList<CellAddress> RecalculateAll()
    {
        _results.Clear();
        Evaluate(_graph.Order);
        return _graph.Order;
    }

    /// <summary>Sets a constant cell and recalculates what depends on it; returns the cells recalculated.</summary>
    public IReadOnlyList<CellAddress> Edit(CellAddress cell, SheetValue value)
    {
        if (_formulas.ContainsKey(cell))
        {
            throw new InvalidOperationException($"{cell} holds a formula; only constants are edited.");
        }

        _workbook.Values[cell] = value;
        var affected = _graph.Affected(cell);
        Evaluate(affected);
        return affected;
    }

    private void Evaluate(IReadOnlyList<CellAddress> cells)
    {
        foreach (var address in cells)
        {
            SheetValue result;
            try
            {
                result = Evaluate(_formulas[address]);
            }
            catch (SheetError error)
            {
                result = SheetValue.Error(error.Code);
            }

            // A formula that shows an empty cell shows 0.
            _results[address] = result.Kind == ValueKind.Empty ? SheetValue.Of(0) : result;
        }
    }

    private SheetValue Value(CellAddress address) =>
        _results.TryGetValue(address, out var result) ? result : _workbook.Values.GetValueOrDefault(address);

    private SheetValue Evaluate(Formula formula) => formula switch
    {
        NumberFormula number => SheetValue.Of(number.Value),
        TextFormula text => SheetValue.Of(text.Value),
        ReferenceFormula reference => Value(reference.Address).ThrowIfError(),
        UnaryFormula unary => SheetValue.Of(-Evaluate(unary.Operand).ToNumber()),
        BinaryFormula binary => Binary(binary.Operator, Evaluate(binary.Left), Evaluate(binary.Right)),
        FunctionFormula function => SheetFunctions.Call(function.Name, new FunctionArguments(function.Name, function.Arguments, Evaluate, Value)),
        RangeFormula => throw new SheetError(SheetError.Value),
        _ => throw new InvalidDataException($"Unknown formula node {formula.GetType().Name}."),
    };

    private static SheetValue Binary(string op, SheetValue left, SheetValue right) => op switch
    {
        "+" => SheetValue.Of(left.ToNumber() + right.ToNumber()),
        "-" => SheetValue.Of(left.ToNumber() - right.ToNumber()),
        "*" => SheetValue.Of(left.ToNumber() * right.ToNumber()),
        "/" => right.ToNumber() == 0 ? throw new SheetError(SheetError.DivideByZero) : SheetValue.Of(left.ToNumber() / right.ToNumber()),
        "^" => SheetValue.Of(Math.Pow(left.ToNumber(), right.ToNumber())),
        "&" => SheetValue.Of(left.ToText() + right.ToText()),
        "=" => SheetValue.Of(SheetValue.Compare(left, right) == 0),
        "<>" => SheetValue.Of(SheetValue.Compare(left, right) != 0),
        "<" => SheetValue.Of(SheetValue.Compare(left, right) < 0),
        ">" => SheetValue.Of(SheetValue.Compare(left, right) > 0),
        "<=" => SheetValue.Of(SheetValue.Compare(left, right) <= 0),
        ">=" => SheetValue.Of(SheetValue.Compare(left, right) >= 0),
        _ => throw new InvalidDataException($"Unknown operator '{op}'."),
    };
}
