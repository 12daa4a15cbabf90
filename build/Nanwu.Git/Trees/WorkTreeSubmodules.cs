namespace Nanwu.Git.Trees;

/// <summary>Submodules as a clone has them: checked out below the work tree (the office's full clone).</summary>
public sealed class WorkTreeSubmodules(string workTree) : ISubmodules
{
    private readonly Dictionary<string, GitRepo?> _opened = new(StringComparer.Ordinal);

    public GitRepo? Open(string path)
    {
        if (!_opened.TryGetValue(path, out var repo))
        {
            var folder = Path.Combine(workTree, path);
            // A submodule not initialised in this clone (another village's) is an empty folder.
            repo = File.Exists(Path.Combine(folder, ".git")) || Directory.Exists(Path.Combine(folder, ".git"))
                ? GitRepo.Open(folder)
                : null;
            _opened[path] = repo;
        }

        return repo;
    }
}
