using System.Text;

namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>Text functions; lengths and positions count UTF-16 characters, as Excel does.</summary>
public static class TextFunctions
{
    public static void Register(IDictionary<string, Func<FunctionArguments, SheetValue>> functions)
    {
        functions["LEN"] = a => SheetValue.Of(a.Require(1, 1).Text(0).Length);
        functions["LEFT"] = a => SheetValue.Of(Left(a.Require(1, 2).Text(0), Count(a, 1)));
        functions["RIGHT"] = a =>
        {
            var text = a.Require(1, 2).Text(0);
            return SheetValue.Of(text[^Math.Min(text.Length, Count(a, 1))..]);
        };
        functions["MID"] = a =>
        {
            var text = a.Require(3, 3).Text(0);
            var start = (int)a.Number(1);
            var count = (int)a.Number(2);
            return start < 1 || count < 0 ? throw new SheetError(SheetError.Value)
                : SheetValue.Of(start > text.Length ? "" : Left(text[(start - 1)..], count));
        };
        functions["UPPER"] = a => SheetValue.Of(a.Require(1, 1).Text(0).ToUpperInvariant());
        functions["LOWER"] = a => SheetValue.Of(a.Require(1, 1).Text(0).ToLowerInvariant());
        functions["TRIM"] = a => SheetValue.Of(Trim(a.Require(1, 1).Text(0)));
        functions["CONCATENATE"] = a =>
        {
            var text = new StringBuilder();
            for (var i = 0; i < a.Require(1, int.MaxValue).Count; i++)
            {
                text.Append(a.Text(i));
            }

            return SheetValue.Of(text.ToString());
        };
    }

    private static int Count(FunctionArguments arguments, int index)
    {
        var count = (int)arguments.Number(index, 1);
        return count < 0 ? throw new SheetError(SheetError.Value) : count;
    }

    private static string Left(string text, int count) => text[..Math.Min(text.Length, count)];

    /// <summary>Excel's TRIM: no leading or trailing spaces, single spaces between words.</summary>
    private static string Trim(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
