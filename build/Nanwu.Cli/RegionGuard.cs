using Nanwu.Loading;

namespace Nanwu.Cli;

/// <summary>
/// The commands that work on a township's own repository only (Git workflow, workbooks, new
/// records) say so plainly in a county's or province's repository instead of failing there.
/// </summary>
public static class RegionGuard
{
    /// <summary>True (after saying why) when the repository is a region's and the command cannot run in it.</summary>
    public static bool Refuses(string repo, string command)
    {
        if (!DataLoader.IsRegion(repo))
        {
            return false;
        }

        Console.Error.WriteLine($"“{repo}”是县或省一级的仓库（有 data/townships/）；nanwu {command} 目前只用于一个乡镇自己的" +
            "仓库。请在乡镇的仓库中运行，或在这里用 nanwu check 和 nanwu build（见 docs/data-model.md 的“县和省”）");
        return true;
    }
}
