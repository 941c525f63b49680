namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>The spreadsheet functions the engine knows, with Excel's semantics for numbers.</summary>
public static class SheetFunctions
{
    public static double Call(string name, IReadOnlyList<Formula> arguments, Func<Formula, double> evaluate, Func<Formula, IEnumerable<double>> values)
    {
        switch (name)
        {
            case "SUM": return arguments.SelectMany(values).Sum();
            case "AVERAGE": return arguments.SelectMany(values).Average();
            case "MIN": return arguments.SelectMany(values).Min();
            case "MAX": return arguments.SelectMany(values).Max();
            case "COUNT": return arguments.SelectMany(values).Count();
            case "ABS": return Math.Abs(evaluate(Single(name, arguments)));
            case "IF":
                Require(name, arguments, 3);
                return evaluate(arguments[0]) != 0 ? evaluate(arguments[1]) : evaluate(arguments[2]);
            case "ROUND":
                Require(name, arguments, 2);
                // Excel rounds halves away from zero.
                return Math.Round(evaluate(arguments[0]), (int)evaluate(arguments[1]), MidpointRounding.AwayFromZero);
            default:
                throw new InvalidDataException($"Unknown function {name}.");
        }
    }

    private static Formula Single(string name, IReadOnlyList<Formula> arguments)
    {
        Require(name, arguments, 1);
        return arguments[0];
    }

    private static void Require(string name, IReadOnlyList<Formula> arguments, int count)
    {
        if (arguments.Count != count)
        {
            throw new InvalidDataException($"{name} takes {count} arguments, not {arguments.Count}.");
        }
    }
}
