namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>
/// Full recalculation: builds the dependency graph of the formula cells, orders it topologically
/// (Kahn's algorithm, CACM 5(11), 1962) and evaluates each formula once, after its precedents.
/// </summary>
public sealed class RecalcEngine(Workbook workbook)
{
    private readonly Dictionary<CellAddress, double> _results = [];

    public IReadOnlyDictionary<CellAddress, double> Results => _results;

    /// <summary>Recalculates every formula and returns the evaluation order.</summary>
    public IReadOnlyList<CellAddress> RecalculateAll()
    {
        var order = TopologicalOrder();
        _results.Clear();
        foreach (var address in order)
        {
            _results[address] = Evaluate(workbook.Formulas[address]);
        }

        return order;
    }

    private List<CellAddress> TopologicalOrder()
    {
        var pending = new Dictionary<CellAddress, int>(workbook.Formulas.Count);
        var dependents = new Dictionary<CellAddress, List<CellAddress>>();
        foreach (var (address, formula) in workbook.Formulas)
        {
            var count = 0;
            foreach (var precedent in Precedents(formula))
            {
                if (!workbook.Formulas.ContainsKey(precedent))
                {
                    continue;
                }

                count++;
                if (!dependents.TryGetValue(precedent, out var list))
                {
                    dependents[precedent] = list = [];
                }

                list.Add(address);
            }

            pending[address] = count;
        }

        var ready = new Queue<CellAddress>(pending.Where(p => p.Value == 0).Select(p => p.Key).OrderBy(a => a.Sheet, StringComparer.Ordinal).ThenBy(a => a.Row).ThenBy(a => a.Column));
        var order = new List<CellAddress>(pending.Count);
        while (ready.TryDequeue(out var next))
        {
            order.Add(next);
            foreach (var dependent in dependents.GetValueOrDefault(next) ?? [])
            {
                if (--pending[dependent] == 0)
                {
                    ready.Enqueue(dependent);
                }
            }
        }

        return order.Count == pending.Count ? order
            : throw new InvalidDataException($"The workbook has a circular reference among {pending.Count - order.Count} cells.");
    }

    private static IEnumerable<CellAddress> Precedents(Formula formula) => formula switch
    {
        ReferenceFormula reference => [reference.Address],
        RangeFormula range => range.Cells(),
        UnaryFormula unary => Precedents(unary.Operand),
        BinaryFormula binary => Precedents(binary.Left).Concat(Precedents(binary.Right)),
        FunctionFormula function => function.Arguments.SelectMany(Precedents),
        _ => [],
    };

    private double Value(CellAddress address) =>
        _results.TryGetValue(address, out var result) ? result : workbook.Values.GetValueOrDefault(address);

    private double Evaluate(Formula formula) => formula switch
    {
        NumberFormula number => number.Value,
        ReferenceFormula reference => Value(reference.Address),
        UnaryFormula unary => -Evaluate(unary.Operand),
        BinaryFormula binary => Binary(binary.Operator, Evaluate(binary.Left), Evaluate(binary.Right)),
        FunctionFormula function => SheetFunctions.Call(function.Name, function.Arguments, Evaluate, Values),
        RangeFormula => throw new InvalidDataException("A range can only be a function's argument."),
        _ => throw new InvalidDataException($"Unknown formula node {formula.GetType().Name}."),
    };

    private IEnumerable<double> Values(Formula argument) =>
        argument is RangeFormula range ? range.Cells().Select(Value) : [Evaluate(argument)];

    private static double Binary(string op, double left, double right) => op switch
    {
        "+" => left + right,
        "-" => left - right,
        "*" => left * right,
        "/" => left / right,
        "^" => Math.Pow(left, right),
        "=" => left == right ? 1 : 0,
        "<>" => left != right ? 1 : 0,
        "<" => left < right ? 1 : 0,
        ">" => left > right ? 1 : 0,
        "<=" => left <= right ? 1 : 0,
        ">=" => left >= right ? 1 : 0,
        _ => throw new InvalidDataException($"Unknown operator '{op}'."),
    };
}
