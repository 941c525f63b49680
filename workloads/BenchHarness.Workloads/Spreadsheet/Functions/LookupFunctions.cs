namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>VLOOKUP, MATCH and INDEX, exact and approximate (sorted) matching as in Excel.</summary>
public static class LookupFunctions
{
    public static void Register(IDictionary<string, Func<FunctionArguments, SheetValue>> functions)
    {
        functions["VLOOKUP"] = VLookup;
        functions["MATCH"] = Match;
        functions["INDEX"] = Index;
    }

    /// <summary>VLOOKUP(key, table, column, [approximate = TRUE]).</summary>
    private static SheetValue VLookup(FunctionArguments arguments)
    {
        arguments.Require(3, 4);
        var key = arguments.Value(0);
        var table = arguments.Range(1);
        var column = (int)arguments.Number(2);
        if (column < 1 || column > table.Columns)
        {
            throw new SheetError(SheetError.Reference);
        }

        var row = Find(key, Enumerable.Range(0, table.Rows).Select(r => table[r, 0]), arguments.Flag(3, true) ? 1 : 0);
        return table[row, column - 1];
    }

    /// <summary>MATCH(key, range, [type = 1]): the 1-based position; type 0 exact, 1 largest ≤ key, -1 smallest ≥ key.</summary>
    private static SheetValue Match(FunctionArguments arguments)
    {
        arguments.Require(2, 3);
        var range = arguments.Range(1);
        if (range.Rows > 1 && range.Columns > 1)
        {
            throw new SheetError(SheetError.NotAvailable);
        }

        return SheetValue.Of(Find(arguments.Value(0), range.Cells(), (int)arguments.Number(2, 1)) + 1);
    }

    /// <summary>INDEX(range, row, [column]): 1-based; a single row or column takes one index.</summary>
    private static SheetValue Index(FunctionArguments arguments)
    {
        arguments.Require(2, 3);
        var range = arguments.Range(0);
        var first = (int)arguments.Number(1);
        var (row, column) = arguments.Count == 3 ? (first, (int)arguments.Number(2))
            : range.Rows == 1 ? (1, first) : (first, 1);
        return row < 1 || row > range.Rows || column < 1 || column > range.Columns
            ? throw new SheetError(SheetError.Reference)
            : range[row - 1, column - 1];
    }

    /// <summary>The zero-based position of the match; a linear scan that stops where sorted data would.</summary>
    private static int Find(SheetValue key, IEnumerable<SheetValue> candidates, int type)
    {
        key.ThrowIfError();
        var position = 0;
        var best = -1;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind is ValueKind.Error or ValueKind.Empty || candidate.IsText != key.IsText)
            {
                position++;
                continue;
            }

            var order = SheetValue.Compare(candidate, key);
            if (order == 0 && type == 0)
            {
                return position;
            }

            if (type == 1 && order <= 0 || type == -1 && order >= 0)
            {
                best = position;
            }
            else if (type != 0)
            {
                break;
            }

            position++;
        }

        return best >= 0 ? best : throw new SheetError(SheetError.NotAvailable);
    }
}
