using Nanwu.Rendering.Pages;

namespace Nanwu.Rendering.Output;

/// <summary>
/// Writes sites into a staging folder beside the output folder (<c>out.staging/</c>) and swaps
/// each finished site in by exchanging the folders, so a failed or killed build never leaves a
/// half-written site in <c>out/</c>: a reader sees the previous site or the new one. The site
/// replaced is kept whole in <c>out.previous/</c> until the next build begins, so a reader who was
/// inside it at the moment of the exchange still finds every file. A file whose bytes equal the
/// published one is linked, not rewritten, which keeps rebuilds fast.
/// </summary>
public sealed class StagedOutput
{
    private readonly string _root;
    private readonly string _staging;
    private readonly string _previous;

    public StagedOutput(string outputRoot)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        _staging = _root + ".staging";
        _previous = _root + ".previous";
    }

    /// <summary>Where a replaced site is kept until the next build begins.</summary>
    public string ReplacedFolder(string site) => Path.Combine(_previous, site);

    /// <summary>The folder a site is staged in.</summary>
    public string StagedFolder(string site) => Path.Combine(_staging, site);

    /// <summary>The folder a site is published to.</summary>
    public string PublishedFolder(string site) => Path.Combine(_root, site);

    /// <summary>Clears what an interrupted build may have left and starts an empty staging folder.</summary>
    /// <param name="keepReplaced">
    /// Leaves what the last build replaced in place: a region's rebuild swaps single township folders
    /// and sets aside only those, and deleting a whole replaced portal (40,000 files) would cost it more
    /// than the rebuild itself. The next full build clears it.
    /// </param>
    public void Begin(bool keepReplaced = false)
    {
        Discard();

        // The sites replaced by the last build: whoever was reading one then is long done.
        if (!keepReplaced)
        {
            DeleteIfExists(_previous);
        }

        CreateIgnored(_staging);
    }

    /// <summary>Writes a site's files into its staging folder; says how many were new or changed.</summary>
    public StageResult Stage(string site, SiteFiles files)
    {
        var result = new StageResult(0, 0);
        var staged = StagedFolder(site);
        var published = PublishedFolder(site);
        foreach (var (path, bytes) in files.All)
        {
            var target = Path.Combine(staged, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var previous = Path.Combine(published, path);
            if (SameBytes(previous, bytes))
            {
                FileLinks.LinkOrCopy(previous, target);
                result = result with { Unchanged = result.Unchanged + 1 };
                continue;
            }

            File.WriteAllBytes(target, bytes);
            result = result with { Written = result.Written + 1 };
        }

        return result;
    }

    /// <summary>
    /// Stages a folder of the published site unchanged (an unchanged township of a region), by
    /// linking its files; returns how many, or -1 when there is no such published folder.
    /// </summary>
    public int Keep(string site, string folder)
    {
        var from = Path.Combine(PublishedFolder(site), folder);
        if (!Directory.Exists(from))
        {
            return -1;
        }

        var count = 0;
        var to = Path.Combine(StagedFolder(site), folder);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            FileLinks.LinkOrCopy(file, target);
            count++;
        }

        return count;
    }

    /// <summary>
    /// Replaces the published site with the staged one: in one step where the system can exchange
    /// two folders, else old aside and new in (a reader may then find the site missing for a moment).
    /// </summary>
    public SwapMethod Publish(string site)
    {
        var fresh = StagedFolder(site);
        var target = PublishedFolder(site);
        Directory.CreateDirectory(_root);
        if (!Directory.Exists(target))
        {
            Directory.Move(fresh, target);
            return SwapMethod.Renamed;
        }

        CreateIgnored(_previous);
        DeleteIfExists(ReplacedFolder(site));
        if (DirectorySwap.TryExchange(fresh, target))
        {
            // The staging folder now holds the old site; it moves aside whole, not deleted.
            Directory.Move(fresh, ReplacedFolder(site));
            return SwapMethod.Exchanged;
        }

        Directory.Move(target, ReplacedFolder(site));
        Directory.Move(fresh, target);
        return SwapMethod.TwoStep;
    }

    /// <summary>
    /// Replaces one folder of a published site (a region's township) with its staged copy, in one
    /// step where the system can exchange folders; the rest of the site stays as it is.
    /// </summary>
    public void PublishFolder(string site, string folder)
    {
        var fresh = Path.Combine(StagedFolder(site), folder);
        var target = Path.Combine(PublishedFolder(site), folder);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!Directory.Exists(target))
        {
            Directory.Move(fresh, target);
            return;
        }

        var aside = SetAside(site, folder);
        if (DirectorySwap.TryExchange(fresh, target))
        {
            Directory.Move(fresh, aside);
            return;
        }

        Directory.Move(target, aside);
        Directory.Move(fresh, target);
    }

    /// <summary>Takes a folder out of a published site (a township that left the repository).</summary>
    public void WithdrawFolder(string site, string folder)
    {
        var target = Path.Combine(PublishedFolder(site), folder);
        if (Directory.Exists(target))
        {
            Directory.Move(target, SetAside(site, folder));
        }
    }

    /// <summary>Moves staged files of a site over the published ones, each in one step (a rename).</summary>
    public void PublishFiles(string site, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var target = Path.Combine(PublishedFolder(site), path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(StagedFolder(site), path), target, overwrite: true);
        }
    }

    private string SetAside(string site, string folder)
    {
        CreateIgnored(_previous);
        var aside = Path.Combine(ReplacedFolder(site), folder);
        Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
        DeleteIfExists(aside);
        return aside;
    }

    /// <summary>Removes the staging folder and whatever was not published.</summary>
    public void Discard() => DeleteIfExists(_staging);

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Note: the ignore file keeps these folders out of `git status` when out/ is inside the repository.
    private static void CreateIgnored(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ".gitignore"), "*\n");
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
