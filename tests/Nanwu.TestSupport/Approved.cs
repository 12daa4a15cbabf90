using System.Runtime.CompilerServices;
using Xunit;

namespace Nanwu.TestSupport;

/// <summary>
/// Approved-file snapshots. The expected text lives beside the test as
/// <c>&lt;Class&gt;.&lt;Test&gt;.approved.&lt;ext&gt;</c>. A missing or different approved file fails
/// the test and writes <c>.received.</c> beside it; rename it to accept. Nothing is ever
/// approved silently.
/// </summary>
public static class Approved
{
    public static void Verify(
        string actual,
        string extension = "txt",
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string test = "")
    {
        var folder = Path.GetDirectoryName(callerFile)!;
        var stem = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(callerFile)}.{test}");
        var approvedPath = $"{stem}.approved.{extension}";
        var receivedPath = $"{stem}.received.{extension}";
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath) == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(File.Exists(approvedPath)
            ? $"Output differs from {approvedPath}; compare with {receivedPath} and rename it to accept."
            : $"No approved file {approvedPath}; review {receivedPath} and rename it to accept.");
    }
}
