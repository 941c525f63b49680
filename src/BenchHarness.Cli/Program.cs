using BenchHarness.Core.Model;

// benchharness VERB …: parse, plan, run, analyse, export. Bad input is one line on stderr and exit code 2.
// ENOSPC: .NET reports the errno as an IOException's HResult on Linux.
const int DiskFull = 28;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// SIGTERM (a CI job's timeout, `kill`) ends a run as Ctrl-C does: the launch in progress and everything it started are ended.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

try
{
    // No response files: an argument that starts with @ is a name, not a file of more arguments.
    var parsed = BenchHarness.Cli.CommandLine.Build(cancellation.Token).Parse(args, new System.CommandLine.ParserConfiguration { ResponseFileTokenReplacer = null });
    if (parsed.Errors.Count > 0)
    {
        throw new BadInputException(BenchHarness.Cli.CommandLine.Describe(parsed));
    }

    // The harness's own handlers above end a run on Ctrl-C and SIGTERM (ending what it started); exceptions reach the catches below.
    return await parsed.InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (BadInputException e)
{
    Console.Error.WriteLine($"benchharness: {e.Message}");
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // A full disk, a folder that cannot be written, a file that vanished: the user's to fix, and what was
    // measured before it is in the journal, which is flushed record by record.
    Console.Error.WriteLine($"benchharness: {(e.HResult == DiskFull ? "the disk is full: " : "")}{e.Message.ReplaceLineEndings(" ")}");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("benchharness: interrupted; what was measured is in the journal (finish with: benchharness run --resume DIR).");
    return 130;
}
