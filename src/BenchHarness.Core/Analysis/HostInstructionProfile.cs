using System.Globalization;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Analysis;

/// <summary>One function of a host-instruction profile: its source file and name as cachegrind saw them (<c>???</c> where it had none).</summary>
public sealed record FunctionInstructions(string File, string Function, long Instructions);

/// <summary>
/// A whole process's host instructions by function, as valgrind's cachegrind counted them (<c>--tool=cachegrind
/// --cache-sim=no</c>): the file cachegrind writes (<c>cachegrind.out.PID</c>: <c>events:</c>, then <c>fl=</c> and
/// <c>fn=</c> lines, each followed by <c>line count</c> lines, and <c>summary:</c>), read as cg_annotate reads it. Code
/// without symbols, such as what an emulator translated, is <c>???:???</c>.
/// </summary>
public sealed record HostInstructionProfile(string Command, long Total, IReadOnlyList<FunctionInstructions> Functions)
{
    /// <summary>The profile in <paramref name="text"/>, functions by instructions, most first; bad input when it is not a cachegrind or callgrind file counting <c>Ir</c>.</summary>
    public static HostInstructionProfile Parse(string text, string subject)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd('\r') == "# callgrind format")
        {
            return ParseCallgrind(lines, subject);
        }

        var ir = InstructionColumn(lines);
        if (ir < 0)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, subject, $"'{subject}' is not a cachegrind profile counting instructions (no \"events: Ir\" line): give the cachegrind.out file that valgrind's cachegrind tool writes.");
        }

        var counts = new Dictionary<(string File, string Function), long>();
        var (file, function) = ("???", "???");
        long? summary = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("fl=", StringComparison.Ordinal))
            {
                file = line[3..];
            }
            else if (line.StartsWith("fn=", StringComparison.Ordinal))
            {
                function = line[3..];
            }
            else if (line.StartsWith("summary:", StringComparison.Ordinal))
            {
                summary = long.Parse(line["summary:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[ir], CultureInfo.InvariantCulture);
            }
            else if (line.Length > 0 && char.IsAsciiDigit(line[0]))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // "line count…": a missing count is zero, as cg_annotate reads it.
                var count = fields.Length > ir + 1 ? long.Parse(fields[ir + 1], CultureInfo.InvariantCulture) : 0;
                counts[(file, function)] = counts.GetValueOrDefault((file, function)) + count;
            }
        }

        return Built(counts, summary, "summary", lines, subject);
    }

    /// <summary>
    /// A dump of callgrind (<c>run --measure instructions</c> keeps them), written with <c>--compress-strings=no
    /// --compress-pos=no</c>: <c>ob=</c>, <c>fl=</c> and <c>fn=</c> name the function that the following <c>position
    /// cost</c> lines are its own instructions; a <c>calls=</c> line is followed by the inclusive cost of that call, which
    /// is the callee's and not counted here, as callgrind_annotate counts self cost. Code in no object (<c>ob=???</c>,
    /// what an emulator translated) is <c>???:???</c>, as cachegrind names it; a function of an object without symbols
    /// keeps callgrind's name, its address, so that a stripped emulator's own code stays apart from its translated code.
    /// </summary>
    private static HostInstructionProfile ParseCallgrind(string[] lines, string subject)
    {
        var ir = InstructionColumn(lines);
        // Compressed names are "fn=(12)" or "fn=(12) name"; valgrind's own "(below main)" is a name written out.
        if (ir < 0 || lines.Any(l => l.StartsWith("fn=(", StringComparison.Ordinal) && l.Length > 4 && char.IsAsciiDigit(l[4])))
        {
            throw new BadInputException(BadInputKind.UnreadableRun, subject, $"'{subject}' is not a callgrind dump counting instructions with names written out (no \"events: Ir\" line, or compressed names): give a dump of a run that counted instructions.");
        }

        var counts = new Dictionary<(string File, string Function), long>();
        var (objectName, file, function) = ("???", "???", "???");
        long? totals = null;
        var inclusive = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (inclusive)
            {
                inclusive = false;
            }
            else if (line.StartsWith("ob=", StringComparison.Ordinal))
            {
                objectName = line[3..];
            }
            else if (line.StartsWith("fl=", StringComparison.Ordinal))
            {
                file = line[3..];
            }
            else if (line.StartsWith("fn=", StringComparison.Ordinal))
            {
                function = line[3..];
            }
            else if (line.StartsWith("calls=", StringComparison.Ordinal))
            {
                inclusive = true;
            }
            else if (line.StartsWith("totals:", StringComparison.Ordinal))
            {
                totals = long.Parse(line["totals:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[ir], CultureInfo.InvariantCulture);
            }
            else if (line.Length > 0 && (char.IsAsciiDigit(line[0]) || line[0] is '+' or '-' or '*'))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var count = fields.Length > ir + 1 ? long.Parse(fields[ir + 1], CultureInfo.InvariantCulture) : 0;
                (string File, string Function) key = objectName == "???" ? ("???", "???") : (file, function);
                counts[key] = counts.GetValueOrDefault(key) + count;
            }
        }

        return Built(counts, totals, "totals", lines, subject);
    }

    /// <summary>The column of <c>Ir</c> among the file's events, or -1 when it counted no instructions.</summary>
    private static int InstructionColumn(string[] lines) =>
        lines.FirstOrDefault(l => l.StartsWith("events:", StringComparison.Ordinal))?["events:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { } events
            ? Array.IndexOf(events, "Ir") : -1;

    /// <summary>The functions by instructions, most first, checked against the total the file states (its <paramref name="statedName"/> line).</summary>
    private static HostInstructionProfile Built(Dictionary<(string File, string Function), long> counts, long? stated, string statedName, string[] lines, string subject)
    {
        var functions = counts.Select(c => new FunctionInstructions(c.Key.File, c.Key.Function, c.Value)).OrderByDescending(f => f.Instructions).ToList();
        var total = functions.Sum(f => f.Instructions);
        if (stated is { } s && s != total)
        {
            throw new BadInputException(BadInputKind.UnreadableRun, subject, $"'{subject}' is damaged: its functions count {total:N0} instructions and its {statedName} {s:N0}.");
        }

        var command = lines.FirstOrDefault(l => l.StartsWith("cmd:", StringComparison.Ordinal))?["cmd:".Length..].Trim() ?? "";
        return new HostInstructionProfile(command, total, functions);
    }
}
