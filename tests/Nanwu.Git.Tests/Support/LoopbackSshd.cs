using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Nanwu.Git.Tests.Support;

/// <summary>
/// An sshd of our own on 127.0.0.1 and a free port, with its host key, config and authorized keys
/// in a temporary folder; it admits only one system user, by key. Stopped (by its own process id)
/// when disposed.
/// </summary>
public sealed class LoopbackSshd : IDisposable
{
    private const string Program = "/usr/sbin/sshd";

    private readonly Process _process;
    private readonly List<string> _log = [];

    public LoopbackSshd(string folder, string user, string authorizedKeys)
    {
        Folder = folder;
        Run.Program("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(folder, "host_key"));
        File.WriteAllText(Path.Combine(folder, "authorized_keys"), authorizedKeys);
        Port = FreePort();
        File.WriteAllText(Path.Combine(folder, "sshd_config"), Config(user));
        _process = Process.Start(new ProcessStartInfo(Program, ["-D", "-e", "-f", Path.Combine(folder, "sshd_config")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        WaitUntilListening();
        var hostKey = File.ReadAllText(Path.Combine(folder, "host_key.pub")).Split(' ');
        File.WriteAllText(KnownHosts, $"[127.0.0.1]:{Port} {hostKey[0]} {hostKey[1]}\n");
    }

    public static bool Installed => File.Exists(Program);

    public string Folder { get; }

    public int Port { get; }

    public string KnownHosts => Path.Combine(Folder, "known_hosts");

    /// <summary>What sshd logged, for the message of a failing test.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private string Config(string user) => $"""
        Port {Port}
        ListenAddress 127.0.0.1
        HostKey {Path.Combine(Folder, "host_key")}
        PidFile {Path.Combine(Folder, "sshd.pid")}
        AuthorizedKeysFile {Path.Combine(Folder, "authorized_keys")}
        StrictModes no
        UsePAM no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PubkeyAuthentication yes
        PermitRootLogin no
        AllowUsers {user}

        """;

    private void Remember(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits for sshd to accept connections: at most 100 tries 50 ms apart.</summary>
    private void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 100 && !_process.HasExited; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"sshd did not listen on 127.0.0.1:{Port}: {Log}");
    }
}
