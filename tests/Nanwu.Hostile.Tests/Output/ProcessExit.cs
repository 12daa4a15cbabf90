using System.Diagnostics;

namespace Nanwu.Hostile.Tests.Output;

/// <summary>Waiting for a child process with a bound, only so a hang fails the test instead of stalling it.</summary>
public static class ProcessExit
{
    public static int WaitForExitCode(this Process process)
    {
        using (process)
        {
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("nanwu did not finish within three minutes");
            }

            return process.ExitCode;
        }
    }
}
