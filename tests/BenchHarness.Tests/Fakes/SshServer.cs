using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BenchHarness.Tests.Fakes;

/// <summary>
/// A real OpenSSH server (Debian's openssh-server) on 127.0.0.1, under a configuration of its own: a throwaway host key
/// and user key, public-key login only, no PAM. The known-hosts file holds its key, as a user's would after checking
/// the fingerprint. It can be killed (with every session it serves) and started again on the same port.
/// </summary>
public sealed class SshServer : IDisposable
{
    public const string Program = "/usr/sbin/sshd";

    private Process? _sshd;

    public SshServer()
    {
        Directory = TestData.TempDirectory();
        Keygen("host_key");
        Keygen("user_key");
        File.Copy(Path.Combine(Directory, "user_key.pub"), Path.Combine(Directory, "authorized_keys"));
        Port = FreePort();
        var config = Path.Combine(Directory, "sshd_config");
        File.WriteAllText(config, $"""
            Port {Port.ToString(CultureInfo.InvariantCulture)}
            ListenAddress 127.0.0.1
            HostKey {Path.Combine(Directory, "host_key")}
            AuthorizedKeysFile {Path.Combine(Directory, "authorized_keys")}
            PidFile {Path.Combine(Directory, "sshd.pid")}
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            UsePAM no
            StrictModes no

            """);
        File.WriteAllText(KnownHosts, $"[127.0.0.1]:{Port.ToString(CultureInfo.InvariantCulture)} {string.Join(' ', File.ReadAllText(Path.Combine(Directory, "host_key.pub")).Split(' ').Take(2))}\n");
        Start();
    }

    public string Directory { get; }

    public int Port { get; }

    public string KnownHosts => Path.Combine(Directory, "known_hosts");

    public string Identity => Path.Combine(Directory, "user_key");

    /// <summary>Starts the server (again) and waits until it accepts connections.</summary>
    public void Start()
    {
        if (Environment.UserName == "root")
        {
            // sshd's privilege separation folder; a fresh container has none.
            System.IO.Directory.CreateDirectory("/run/sshd");
        }

        var start = new ProcessStartInfo(Program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-D", "-e", "-f", Path.Combine(Directory, "sshd_config") })
        {
            start.ArgumentList.Add(arg);
        }

        _sshd = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        _sshd.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        _sshd.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!Accepts())
        {
            if (_sshd.HasExited || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException($"sshd did not start on port {Port}: {log}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Kills the server and every session it serves: the connections drop.</summary>
    public void Kill()
    {
        if (_sshd is { HasExited: false } sshd)
        {
            sshd.Kill(entireProcessTree: true);
            sshd.WaitForExit();
        }
    }

    /// <summary>A host file for this server: its name, the platforms to run there and the harness's folder there.</summary>
    public string HostFile(string name, string remoteDirectory, params string[] platforms)
    {
        var path = Path.Combine(Directory, $"{name}.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new
        {
            name,
            ssh = new { host = "127.0.0.1", port = Port, identity = Identity, knownHosts = KnownHosts },
            platforms,
            directory = remoteDirectory,
        }));
        return path;
    }

    public void Dispose() => Kill();

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Keygen(string name)
    {
        using var keygen = Process.Start("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "benchharness-test", "-f", Path.Combine(Directory, name)]);
        keygen.WaitForExit();
        if (keygen.ExitCode != 0)
        {
            throw new InvalidOperationException($"ssh-keygen failed for {name}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
