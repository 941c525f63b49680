using BenchHarness.Protocol;

namespace BenchHarness.Probe;

/// <summary>
/// The host's early stop: a line <c>stop</c> on stdin asks the probe to end its warm iterations (after the
/// minimum) because the cell's median is already as precise as the suite asks. Read on a background thread;
/// end of input means nothing, so a host that never writes changes nothing.
/// </summary>
internal sealed class StopSignal
{
    private volatile bool _requested;

    public bool Requested => _requested;

    public static StopSignal ListenOnStandardInput()
    {
        var signal = new StopSignal();
        var reader = new Thread(() =>
        {
            try
            {
                while (Console.In.ReadLine() is { } line)
                {
                    if (line.Trim() == ProbeProtocol.StopLine)
                    {
                        signal._requested = true;
                        return;
                    }
                }
            }
            catch (IOException)
            {
                // No usable stdin: no early stop.
            }
        })
        { IsBackground = true, Name = "stdin stop signal" };
        reader.Start();
        return signal;
    }
}
