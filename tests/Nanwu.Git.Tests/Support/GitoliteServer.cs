namespace Nanwu.Git.Tests.Support;

/// <summary>
/// A real gitolite behind a <see cref="LoopbackSshd"/>, run as the dedicated system user that
/// build/prepare.sh test creates, with its home in a temporary folder. Each account has a key;
/// authorized_keys runs gitolite-shell with the account's name, which is how gitolite knows who
/// is pushing (GL_USER). The repositories and rights come from the conf pushed to gitolite-admin.
/// </summary>
public sealed class GitoliteServer : IDisposable
{
    public const string User = "nanwu-gitolite";
    private const string Shell = "/usr/share/gitolite3/gitolite-shell";
    private const string KeyOptions = "no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty";

    private readonly LoopbackSshd _sshd;

    public GitoliteServer(string root, IReadOnlyList<string> accounts, string conf)
    {
        Root = root;
        RequirePrerequisites();
        Directory.CreateDirectory(Keys);
        Directory.CreateDirectory(Home);
        var everyone = accounts.Prepend("admin").ToList();
        foreach (var account in everyone)
        {
            Run.Program("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", account, "-f", KeyOf(account));
        }

        File.Copy(KeyOf("admin") + ".pub", Path.Combine(Home, "admin.pub"));
        Run.Program("chown", "-R", $"{User}:{User}", Home);
        AsGitolite("gitolite", "setup", "-pk", Path.Combine(Home, "admin.pub"));
        // After set-up: gitolite-admin itself must stay on master, which gitolite's own hook watches.
        AsGitolite("git", "config", "--global", "init.defaultBranch", "main");

        var keys = everyone.Select(a =>
            $"command=\"env HOME={Home} {Shell} {a}\",{KeyOptions} {File.ReadAllText(KeyOf(a) + ".pub").Trim()}\n");
        _sshd = new LoopbackSshd(root, User, string.Concat(keys));
        foreach (var account in everyone)
        {
            File.WriteAllText(Path.Combine(Root, "ssh_config." + account), ClientConfig(account));
        }

        Configure(conf);
    }

    public string Root { get; }

    public string Home => Path.Combine(Root, "home");

    /// <summary>What sshd logged, for the message of a failing test.</summary>
    public string SshdLog => _sshd.Log;

    private string Keys => Path.Combine(Root, "keys");

    /// <summary>The environment that makes git reach this server as the given account (host alias "gl").</summary>
    public Dictionary<string, string> As(string account) => new()
    {
        ["GIT_SSH_COMMAND"] = $"ssh -F {Path.Combine(Root, "ssh_config." + account)}",
    };

    /// <summary>The bare repository gitolite keeps for a repository name.</summary>
    public string RepositoryPath(string name) => Path.Combine(Home, "repositories", name + ".git");

    /// <summary>Runs a command as the gitolite user, with its home (as an administrator on the server would).</summary>
    public string AsGitolite(string program, params string[] arguments) =>
        Run.ProgramIn(Home, "runuser", null,
            ["-u", User, "--", "env", $"HOME={Home}", $"DOTNET_CLI_HOME={Home}", program, .. arguments]);

    /// <summary>
    /// The nanwu command line as the gitolite user runs it: a copy of the compiled program in this
    /// server's folder, since the checkout the tests run from may be closed to other users
    /// (a fresh clone in a mode-0700 temporary folder, say).
    /// </summary>
    public IReadOnlyList<string> Checker
    {
        get
        {
            var folder = Path.Combine(Root, "checker");
            if (!Directory.Exists(folder))
            {
                var source = Path.GetDirectoryName(NanwuCli.Command[1])!;
                foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(folder, Path.GetRelativePath(source, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }

                Run.Program("chmod", "-R", "a+rX", folder);
            }

            return [NanwuCli.Command[0], Path.Combine(folder, Path.GetFileName(NanwuCli.Command[1]))];
        }
    }

    public void Dispose() => _sshd.Dispose();

    private string KeyOf(string account) => Path.Combine(Keys, account);

    private void Configure(string conf)
    {
        var admin = Path.Combine(Root, "gitolite-admin");
        TestGit.Run(Root, As("admin"), ["clone", "-q", "gl:gitolite-admin", admin]);
        File.WriteAllText(Path.Combine(admin, "conf", "gitolite.conf"), conf);
        TestGit.Run(admin, TestGit.At("2024-07-01T09:00:00+08:00", "admin"), ["commit", "-q", "-am", "rights"]);
        TestGit.Run(admin, As("admin"), ["push", "-q", "origin", "HEAD"]);
    }

    private static void RequirePrerequisites()
    {
        var ready = Environment.UserName == "root" && File.Exists(Shell) && LoopbackSshd.Installed
            && File.Exists("/usr/sbin/runuser") && Run.Program("getent", "passwd").Contains(User + ":");
        if (!ready)
        {
            throw new InvalidOperationException("The gitolite test runs as root and needs gitolite3, openssh-server " +
                $"and the system user {User}: run build/prepare.sh test (the README's test command does).");
        }
    }

    private string ClientConfig(string account) => $"""
        Host gl
          HostName 127.0.0.1
          Port {_sshd.Port}
          User {User}
          IdentityFile {KeyOf(account)}
          IdentitiesOnly yes
          UserKnownHostsFile {_sshd.KnownHosts}
          StrictHostKeyChecking yes
          BatchMode yes
          LogLevel ERROR

        """;
}
