using System.Runtime.InteropServices;

namespace Nanwu.Rendering.Output;

/// <summary>
/// Exchanges two folders in one system call where the system offers it (Linux renameat2 with
/// RENAME_EXCHANGE), so a reader of the published folder never finds it missing or half old.
/// </summary>
internal static partial class DirectorySwap
{
    private const int CurrentFolder = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when the two folders were exchanged; false where the call is missing or refused.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            // Refusals (an old kernel, a file system without the flag) leave both folders untouched.
            return RenameAt2(CurrentFolder, first, CurrentFolder, second, RenameExchange) == 0;
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

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int fromFolder, string from, int toFolder, string to, uint flags);
}
