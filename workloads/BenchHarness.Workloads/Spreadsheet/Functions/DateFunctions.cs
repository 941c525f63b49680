namespace BenchHarness.Workloads.Spreadsheet.Functions;

/// <summary>
/// Dates as serial numbers in the 1900 date system (day 1 is 1900-01-01; serials from 61, 1900-03-01, on
/// agree with Excel and LibreOffice, whose day zero is 1899-12-30 once Excel's phantom 1900-02-29 is passed).
/// </summary>
public static class DateFunctions
{
    private static readonly DateTime DayZero = new(1899, 12, 30);

    public static void Register(IDictionary<string, Func<FunctionArguments, SheetValue>> functions)
    {
        functions["DATE"] = a =>
        {
            var year = (int)a.Require(3, 3).Number(0);
            year += year < 1900 ? 1900 : 0;
            var date = new DateTime(year, 1, 1).AddMonths((int)a.Number(1) - 1).AddDays((int)a.Number(2) - 1);
            return Serial(date);
        };
        functions["YEAR"] = a => SheetValue.Of(Date(a.Require(1, 1).Number(0)).Year);
        functions["MONTH"] = a => SheetValue.Of(Date(a.Require(1, 1).Number(0)).Month);
        functions["DAY"] = a => SheetValue.Of(Date(a.Require(1, 1).Number(0)).Day);
        functions["WEEKDAY"] = a => SheetValue.Of(Weekday(Date(a.Require(1, 2).Number(0)), (int)a.Number(1, 1)));
        functions["EDATE"] = a => Serial(Date(a.Require(2, 2).Number(0)).AddMonths((int)a.Number(1)));
        functions["EOMONTH"] = a =>
        {
            var month = Date(a.Require(2, 2).Number(0)).AddMonths((int)a.Number(1));
            return Serial(new DateTime(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)));
        };
    }

    public static DateTime Date(double serial) =>
        serial < 61 || serial > 2_958_465 ? throw new SheetError(SheetError.Num) : DayZero.AddDays(Math.Floor(serial));

    public static SheetValue Serial(DateTime date) => SheetValue.Of((date - DayZero).TotalDays);

    /// <summary>WEEKDAY types: 1 Sunday = 1 … Saturday = 7; 2 Monday = 1 … Sunday = 7; 3 Monday = 0 … Sunday = 6.</summary>
    private static int Weekday(DateTime date, int type)
    {
        var sundayZero = (int)date.DayOfWeek;
        return type switch
        {
            1 => sundayZero + 1,
            2 => ((sundayZero + 6) % 7) + 1,
            3 => (sundayZero + 6) % 7,
            _ => throw new SheetError(SheetError.Num),
        };
    }
}
