using System.Runtime.InteropServices;

namespace Nanwu.Rendering.Output;

/// <summary>
/// Puts an unchanged file into the staging folder without rewriting it: a hard link to the
/// published file where the system offers one, else a copy that keeps its timestamp.
/// </summary>
internal static partial class FileLinks
{
    public static void LinkOrCopy(string existing, string target)
    {
        if ((OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && TryLink(existing, target))
        {
            return;
        }

        File.Copy(existing, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(existing));
    }

    private static bool TryLink(string existing, string target)
    {
        try
        {
            return Link(existing, target) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string target);
}
