using System.Diagnostics;
using System.Text;
using BenchHarness.Core.Model;

namespace BenchHarness.Core.Remote;

/// <summary>One short remote command over ssh (a check, a copy), with what it printed; not a measurement.</summary>
internal sealed record SshReply(int? ExitCode, string Output, string Error)
{
    public bool Ok => ExitCode == 0;

    /// <summary>ssh itself failed: it could not connect, or the connection was lost.</summary>
    public bool ConnectionFailed => ExitCode is null or Ssh.ConnectionFailed;
}

internal static class SshSession
{
    /// <summary>Runs <paramref name="command"/> on the host, feeding <paramref name="input"/> to its stdin when given.</summary>
    public static SshReply Run(HostDefinition host, string command, Action<Stream>? input = null, TimeSpan? timeout = null)
    {
        var argv = Ssh.Argv(host.Ssh, command);
        var start = new ProcessStartInfo(argv[0])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in argv.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BadInputException(BadInputKind.Setup, host.Name, $"host {host.Name}: cannot start ssh ({e.Message}): install OpenSSH's client (apt-get install openssh-client).");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            try
            {
                input?.Invoke(process.StandardInput.BaseStream);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The remote side stopped reading (it failed): its exit code and stderr say why.
            }

            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new SshReply(null, output.Result, $"no answer within {(timeout ?? TimeSpan.FromMinutes(2)).TotalSeconds:0} s");
            }

            return new SshReply(process.ExitCode, output.Result, error.Result);
        }
    }
}
