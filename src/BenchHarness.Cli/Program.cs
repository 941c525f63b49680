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
    return await BenchHarness.Cli.CommandLine.InvokeAsync(args, cancellation.Token);
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
