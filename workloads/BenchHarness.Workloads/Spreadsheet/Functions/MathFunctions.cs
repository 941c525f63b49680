namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>Aggregates, conditionals and rounding, with Excel's rules for text and empty cells.</summary>
public static class MathFunctions
{
    public static void Register(IDictionary<string, Func<FunctionArguments, SheetValue>> functions)
    {
        functions["SUM"] = a => SheetValue.Of(a.Require(1, int.MaxValue).Numbers().Sum());
        functions["AVERAGE"] = a => Average(a.Require(1, int.MaxValue).Numbers());
        functions["MIN"] = a => SheetValue.Of(a.Require(1, int.MaxValue).Numbers().DefaultIfEmpty(0).Min());
        functions["MAX"] = a => SheetValue.Of(a.Require(1, int.MaxValue).Numbers().DefaultIfEmpty(0).Max());
        functions["COUNT"] = a => SheetValue.Of(Count(a.Require(1, int.MaxValue)));
        functions["ABS"] = a => SheetValue.Of(Math.Abs(a.Require(1, 1).Number(0)));
        functions["ROUND"] = a => SheetValue.Of(Round(a.Require(2, 2).Number(0), (int)a.Number(1)));
        functions["IF"] = a => a.Require(2, 3).Number(0) != 0 ? a.Value(1) : a.Count == 3 ? a.Value(2) : SheetValue.Of(false);
        functions["AND"] = a => SheetValue.Of(a.Require(1, int.MaxValue).Numbers().All(n => n != 0));
        functions["OR"] = a => SheetValue.Of(a.Require(1, int.MaxValue).Numbers().Any(n => n != 0));
        functions["SUMIF"] = SumIf;
        functions["COUNTIF"] = a =>
        {
            var criteria = new Criteria(a.Require(2, 2).Value(1));
            return SheetValue.Of(a.Range(0).Cells().Count(criteria.Matches));
        };
    }

    /// <summary>
    /// ROUND as spreadsheets do it: halves away from zero, judged on the value cut to 15 significant digits,
    /// so that 2.345 (stored as 2.34499…) rounds to 2.35 as it shows. LibreOffice does the same in
    /// rtl::math::round (rtl_math_RoundingMode_Corrected); Excel documents 15-digit precision.
    /// </summary>
    public static double Round(double value, int digits)
    {
        var scale = Math.Pow(10, Math.Abs(digits));
        var scaled = digits >= 0 ? value * scale : value / scale;
        if (scaled != 0 && double.IsFinite(scaled))
        {
            var integerDigits = (int)Math.Floor(Math.Log10(Math.Abs(scaled))) + 1;
            scaled = Math.Round(scaled, Math.Clamp(15 - integerDigits, 0, 15));
        }

        var rounded = Math.Round(scaled, MidpointRounding.AwayFromZero);
        return digits >= 0 ? rounded / scale : rounded * scale;
    }

    private static SheetValue Average(IEnumerable<double> numbers)
    {
        var (sum, count) = (0.0, 0);
        foreach (var number in numbers)
        {
            sum += number;
            count++;
        }

        return count == 0 ? throw new SheetError(SheetError.DivideByZero) : SheetValue.Of(sum / count);
    }

    private static int Count(FunctionArguments arguments)
    {
        var count = 0;
        for (var i = 0; i < arguments.Count; i++)
        {
            count += arguments.IsRange(i) ? arguments.Range(i).Cells().Count(v => v.IsNumber) : arguments.Value(i).IsNumber ? 1 : 0;
        }

        return count;
    }

    /// <summary>SUMIF(range, criterion, [sum range]): the sum range has the shape of the first range.</summary>
    private static SheetValue SumIf(FunctionArguments arguments)
    {
        arguments.Require(2, 3);
        var range = arguments.Range(0);
        var criteria = new Criteria(arguments.Value(1));
        var sums = arguments.Count == 3 ? arguments.Range(2) : range;
        var total = 0.0;
        for (var r = 0; r < range.Rows; r++)
        {
            for (var c = 0; c < range.Columns; c++)
            {
                if (criteria.Matches(range[r, c]) && sums[r, c].ThrowIfError().IsNumber)
                {
                    total += sums[r, c].Number;
                }
            }
        }

        return SheetValue.Of(total);
    }
}
