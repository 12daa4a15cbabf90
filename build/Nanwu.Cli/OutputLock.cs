namespace Nanwu.Cli;

/// <summary>
/// One build at a time per output folder: an exclusive lock on <c>&lt;out&gt;.lock</c> beside it,
/// released when the process ends, even if it is killed.
/// </summary>
public static class OutputLock
{
    public static FileStream? Take(string outputRoot)
    {
        var path = outputRoot.TrimEnd(Path.DirectorySeparatorChar) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None,
                1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
