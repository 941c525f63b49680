namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>
/// Who reads which cell. Single references are indexed per cell; ranges are indexed once per distinct
/// range (like a spreadsheet's area listeners), so a lookup table read by every row costs one entry, not
/// one edge per cell, and found through blocks of 64 rows. Formula cells are ordered topologically (Kahn's algorithm, CACM 5(11), 1962).
/// </summary>
public sealed class DependencyGraph
{
    private static readonly IComparer<CellAddress> SheetOrder = Comparer<CellAddress>.Create((a, b) =>
    {
        var sheet = string.CompareOrdinal(a.Sheet, b.Sheet);
        return sheet != 0 ? sheet : a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column);
    });

    private readonly Dictionary<CellAddress, List<CellAddress>> _cellReaders = [];
    private readonly Dictionary<RangeFormula, List<CellAddress>> _rangeReaders = [];
    private readonly Dictionary<(string Sheet, int Block), List<RangeFormula>> _rangeBlocks = [];
    private readonly Dictionary<CellAddress, int> _position = [];
    private const int BlockShift = 6;

    public DependencyGraph(IReadOnlyDictionary<CellAddress, Formula> formulas)
    {
        foreach (var (address, formula) in formulas)
        {
            Index(address, formula);
        }

        foreach (var range in _rangeReaders.Keys)
        {
            for (var block = range.From.Row >> BlockShift; block <= range.To.Row >> BlockShift; block++)
            {
                if (!_rangeBlocks.TryGetValue((range.From.Sheet, block), out var ranges))
                {
                    _rangeBlocks[(range.From.Sheet, block)] = ranges = [];
                }

                ranges.Add(range);
            }
        }

        Order = TopologicalOrder(formulas);
        for (var i = 0; i < Order.Count; i++)
        {
            _position[Order[i]] = i;
        }
    }

    /// <summary>Every formula cell, each after the cells it reads.</summary>
    public IReadOnlyList<CellAddress> Order { get; }

    /// <summary>The formula cells to recalculate after <paramref name="changed"/> changed, in evaluation order.</summary>
    public IReadOnlyList<CellAddress> Affected(CellAddress changed)
    {
        var affected = new HashSet<CellAddress>();
        var pending = new Stack<CellAddress>();
        pending.Push(changed);
        while (pending.TryPop(out var cell))
        {
            foreach (var reader in Readers(cell))
            {
                if (affected.Add(reader))
                {
                    pending.Push(reader);
                }
            }
        }

        var order = affected.ToArray();
        Array.Sort(order, (a, b) => _position[a].CompareTo(_position[b]));
        return order;
    }

    /// <summary>The formula cells that read <paramref name="cell"/> directly or through a range.</summary>
    public IEnumerable<CellAddress> Readers(CellAddress cell)
    {
        if (_cellReaders.TryGetValue(cell, out var direct))
        {
            foreach (var reader in direct)
            {
                yield return reader;
            }
        }

        foreach (var range in _rangeBlocks.GetValueOrDefault((cell.Sheet, cell.Row >> BlockShift)) ?? [])
        {
            if (range.Contains(cell))
            {
                foreach (var reader in _rangeReaders[range])
                {
                    yield return reader;
                }
            }
        }
    }

    private void Index(CellAddress address, Formula formula)
    {
        switch (formula)
        {
            case ReferenceFormula reference:
                Add(_cellReaders, reference.Address, address);
                break;
            case RangeFormula range:
                Add(_rangeReaders, range, address);
                break;
            case UnaryFormula unary:
                Index(address, unary.Operand);
                break;
            case BinaryFormula binary:
                Index(address, binary.Left);
                Index(address, binary.Right);
                break;
            case FunctionFormula function:
                foreach (var argument in function.Arguments)
                {
                    Index(address, argument);
                }

                break;
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<CellAddress>> index, TKey key, CellAddress reader)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var readers))
        {
            index[key] = readers = [];
        }

        if (readers.Count == 0 || readers[^1] != reader)
        {
            readers.Add(reader);
        }
    }

    /// <summary>Kahn's algorithm over integer cell numbers; the cells that start ready go in sheet, row, column order.</summary>
    private List<CellAddress> TopologicalOrder(IReadOnlyDictionary<CellAddress, Formula> formulas)
    {
        var cells = formulas.Keys.ToArray();
        Array.Sort(cells, SheetOrder);
        var number = new Dictionary<CellAddress, int>(cells.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            number[cells[i]] = i;
        }

        var readersOf = new List<int>?[cells.Length];
        var pending = new int[cells.Length];
        void Edges(IEnumerable<CellAddress> precedents, List<CellAddress> readers)
        {
            int[]? readerNumbers = null;
            foreach (var precedent in precedents)
            {
                if (!number.TryGetValue(precedent, out var from))
                {
                    continue;
                }

                readerNumbers ??= readers.Select(r => number[r]).ToArray();
                var list = readersOf[from] ??= new List<int>(readerNumbers.Length);
                list.AddRange(readerNumbers);
                foreach (var reader in readerNumbers)
                {
                    pending[reader]++;
                }
            }
        }

        foreach (var (cell, readers) in _cellReaders)
        {
            Edges([cell], readers);
        }

        var formulaSheets = cells.Select(a => a.Sheet).ToHashSet(StringComparer.Ordinal);
        foreach (var (range, readers) in _rangeReaders)
        {
            if (formulaSheets.Contains(range.From.Sheet))
            {
                Edges(FormulaCellsIn(range, formulas), readers);
            }
        }

        var ready = new Queue<int>(Enumerable.Range(0, cells.Length).Where(i => pending[i] == 0));
        var order = new List<CellAddress>(cells.Length);
        while (ready.TryDequeue(out var next))
        {
            order.Add(cells[next]);
            foreach (var reader in readersOf[next] ?? [])
            {
                if (--pending[reader] == 0)
                {
                    ready.Enqueue(reader);
                }
            }
        }

        return order.Count == cells.Length ? order
            : throw new InvalidDataException($"The workbook has a circular reference among {cells.Length - order.Count} cells.");
    }

    private static IEnumerable<CellAddress> FormulaCellsIn(RangeFormula range, IReadOnlyDictionary<CellAddress, Formula> formulas) =>
        (long)range.Rows * range.Columns <= formulas.Count
            ? range.Cells().Where(formulas.ContainsKey)
            : formulas.Keys.Where(range.Contains);
}
