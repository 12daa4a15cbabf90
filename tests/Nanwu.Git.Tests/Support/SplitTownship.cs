namespace Nanwu.Git.Tests.Support;

/// <summary>
/// The privacy design on local repositories: one data repository per village (its folder's
/// content at the root) and the township repository, which holds everything shared and brings
/// each village in as a submodule at data/villages/&lt;id&gt;. "Server" bare repositories live in
/// srv/: nanwu.git and villages/&lt;id&gt;.git, as on the Git host.
/// </summary>
public sealed class SplitTownship : IDisposable
{
    private readonly TownshipRepo _township = new(withVillages: false);

    public SplitTownship(params string[] villages)
    {
        Directory.CreateDirectory(Path.Combine(Servers, "villages"));
        foreach (var id in villages)
        {
            var work = Village(id);
            Write(work, "village.yaml", RecordText.Village(Villages.NameOf(id), id));
            Write(work, "work-stats/2024-12.yaml", RecordText.WorkStats(id, Villages.NameOf(id), "2024-12-10"));
            CommitIn(work, $"{Villages.NameOf(id)}报送 2024-12", "2024-12-11T10:00:00+08:00", id);
            TestGit.Run(Root, "clone", "-q", "--bare", work, VillageServer(id));
        }

        var modules = string.Concat(villages.Select(id =>
            $"[submodule \"data/villages/{id}\"]\n\tpath = data/villages/{id}\n\turl = ../villages/{id}.git\n"));
        _township.Commit("乡仓库", "2024-07-01T09:00:00+08:00");
        _township.Write(".gitmodules", modules);
        TestGit.Run(_township.Root, "add", ".gitmodules");
        foreach (var id in villages)
        {
            // A gitlink straight into the index: the township repository never holds the village's files.
            var head = TestGit.Run(Village(id), "rev-parse", "HEAD").Trim();
            TestGit.Run(_township.Root, "update-index", "--add", "--cacheinfo", $"160000,{head},data/villages/{id}");
        }

        TestGit.Run(_township.Root, TestGit.At("2024-12-12T10:00:00+08:00"), ["commit", "-q", "-m", "各村以子模块接入"]);
        TestGit.Run(Root, "clone", "-q", "--bare", _township.Root, TownshipServer);
    }

    /// <summary>The office's working copy of the township repository, from which srv/nanwu.git was made.</summary>
    public string TownshipWork => _township.Root;

    /// <summary>The temporary folder everything lives in.</summary>
    public string Root => _township.Scratch;

    public string Servers => Path.Combine(Root, "srv");

    public string TownshipServer => Path.Combine(Servers, "nanwu.git");

    public string VillageServer(string id) => Path.Combine(Servers, "villages", id + ".git");

    /// <summary>The working repository where a village's records were first written.</summary>
    public string Village(string id)
    {
        var work = Path.Combine(Root, "src", id);
        if (!Directory.Exists(work))
        {
            Directory.CreateDirectory(work);
            TestGit.Run(work, "init", "-q", "-b", "main");
        }

        return work;
    }

    public static void Write(string work, string path, string text)
    {
        var full = Path.Combine(work, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public static void CommitIn(string work, string message, string instant, string account)
    {
        TestGit.Run(work, "add", "-A");
        TestGit.Run(work, TestGit.At(instant, account), ["commit", "-q", "-m", message]);
    }

    /// <summary>Clones the township repository as the office does, every village's submodule included.</summary>
    public string CloneAll(string name)
    {
        var target = Path.Combine(Root, name);
        // Local paths as submodule URLs need file transport, which git refuses by default since 2.38.1.
        TestGit.Run(Root, "-c", "protocol.file.allow=always", "clone", "-q", "--recurse-submodules",
            TownshipServer, target);
        return target;
    }

    /// <summary>Clones the township repository and only the given village's submodule, as its clerk does.</summary>
    public string CloneOne(string name, string id)
    {
        var target = Path.Combine(Root, name);
        TestGit.Run(Root, "clone", "-q", TownshipServer, target);
        TestGit.Run(target, "-c", "protocol.file.allow=always", "submodule", "update", "-q", "--init",
            $"data/villages/{id}");
        return target;
    }

    public void Dispose() => _township.Dispose();
}
