using System.Diagnostics;

namespace Nanwu.Workbooks.Tests;

/// <summary>
/// LibreOffice, headless, as the independent reader of the workbooks: one call converts many
/// files (each call costs about a second to start). Installed by <c>build/prepare.sh test</c>.
/// </summary>
public static class LibreOffice
{
    /// <summary>The UTF-8 CSV filter, each sheet to its own file, cells as shown.</summary>
    public const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    public static void Convert(string filter, string outputFolder, IReadOnlyList<string> files)
    {
        var profile = Path.Combine(Path.GetTempPath(), "nanwu-lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck",
                     "--convert-to", filter, "--outdir", outputFolder,
                 }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)
                ?? throw new InvalidOperationException("soffice did not start; run build/prepare.sh test");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish within three minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"soffice failed ({process.ExitCode}): {output.Result}{errors.Result}");
            }
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
