namespace Nanwu.Git.Trees;

/// <summary>Finds the repository that holds a submodule's commits (a village's data repository).</summary>
public interface ISubmodules
{
    /// <summary>The repository of the submodule at <paramref name="path"/>, or null.</summary>
    GitRepo? Open(string path);
}
