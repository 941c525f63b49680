namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>Loan payment and net present value, with Excel's sign conventions (money paid out is negative).</summary>
public static class FinancialFunctions
{
    public static void Register(IDictionary<string, Func<FunctionArguments, SheetValue>> functions)
    {
        functions["PMT"] = a =>
        {
            a.Require(3, 5);
            return SheetValue.Of(Payment(a.Number(0), a.Number(1), a.Number(2), a.Number(3, 0), a.Flag(4, false)));
        };
        functions["NPV"] = a =>
        {
            var rate = a.Require(2, int.MaxValue).Number(0);
            var (value, period) = (0.0, 0);
            foreach (var flow in a.Numbers().Skip(1))
            {
                value += flow / Math.Pow(1 + rate, ++period);
            }

            return SheetValue.Of(value);
        };
    }

    /// <summary>
    /// The payment per period that pays off <paramref name="present"/> (and leaves <paramref name="future"/>)
    /// over <paramref name="periods"/> at <paramref name="rate"/>: the annuity formula
    /// pmt = -(fv + pv·(1+r)^n)·r / ((1 + r·type)·((1+r)^n − 1)), and −(pv + fv)/n at rate 0.
    /// </summary>
    public static double Payment(double rate, double periods, double present, double future, bool atStart)
    {
        if (periods == 0)
        {
            throw new SheetError(SheetError.Num);
        }

        if (rate == 0)
        {
            return -(present + future) / periods;
        }

        var growth = Math.Pow(1 + rate, periods);
        return -(future + (present * growth)) * rate / ((1 + (rate * (atStart ? 1 : 0))) * (growth - 1));
    }
}
