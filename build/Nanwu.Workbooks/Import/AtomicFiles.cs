using System.Text;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Writes several files so that either all of them change or none does: each is first written
/// beside its target, then all are renamed into place; a failure puts back what was there.
/// </summary>
internal static class AtomicFiles
{
    private const string Suffix = ".nanwu-import";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string repoRoot, IReadOnlyDictionary<string, string> files)
    {
        // Note: a crash between two renames (not an exception) can still leave part of the set.
        var staged = new List<(string Temp, string Target, byte[]? Before)>();
        try
        {
            foreach (var (path, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var target = Path.Combine(repoRoot, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var before = File.Exists(target) ? File.ReadAllBytes(target) : null;
                staged.Add((target + Suffix, target, before));
                File.WriteAllBytes(target + Suffix, Utf8.GetBytes(text));
            }

            var moved = 0;
            try
            {
                foreach (var (temp, target, _) in staged)
                {
                    File.Move(temp, target, overwrite: true);
                    moved++;
                }
            }
            catch
            {
                foreach (var (_, target, before) in staged.Take(moved))
                {
                    Restore(target, before);
                }

                throw;
            }
        }
        finally
        {
            foreach (var (temp, _, _) in staged.Where(s => File.Exists(s.Temp)))
            {
                File.Delete(temp);
            }
        }
    }

    private static void Restore(string target, byte[]? before)
    {
        if (before is null)
        {
            File.Delete(target);
        }
        else
        {
            File.WriteAllBytes(target, before);
        }
    }
}
