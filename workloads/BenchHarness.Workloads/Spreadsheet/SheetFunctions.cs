using BenchHarness.Workloads.Spreadsheet.Functions;

namespace BenchHarness.Workloads.Spreadsheet;

/// <summary>Every spreadsheet function the engine knows, by upper-case name.</summary>
public static class SheetFunctions
{
    private static readonly Dictionary<string, Func<FunctionArguments, SheetValue>> Functions = Build();

    public static IReadOnlyCollection<string> Names => Functions.Keys;

    public static SheetValue Call(string name, FunctionArguments arguments) =>
        Functions.TryGetValue(name, out var function) ? function(arguments) : throw new InvalidDataException($"Unknown function {name}.");

    private static Dictionary<string, Func<FunctionArguments, SheetValue>> Build()
    {
        var functions = new Dictionary<string, Func<FunctionArguments, SheetValue>>(StringComparer.Ordinal);
        MathFunctions.Register(functions);
        LookupFunctions.Register(functions);
        TextFunctions.Register(functions);
        DateFunctions.Register(functions);
        FinancialFunctions.Register(functions);
        return functions;
    }
}
