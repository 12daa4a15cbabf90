using Nanwu.Records.Diagnostics;

namespace Nanwu.Loading.Files;

/// <summary>
/// Why a file of data/ fits no place, in the words that help most: a record saved as .yml, a
/// folder name with a typo (clue/ for clues/), or else the general list of places.
/// </summary>
public static class PlacementAdvice
{
    private static readonly string[] Extensions = [".yaml", ".md"];

    /// <summary>The diagnostic for a path under data/ that <see cref="DataLayout"/> does not place.</summary>
    public static Diagnostic Explain(string path)
    {
        var relative = path["data/".Length..];
        var extension = Path.GetExtension(relative);
        foreach (var wanted in Extensions)
        {
            if (extension.Length > 0 && extension != wanted
                && DataLayout.Classify(relative[..^extension.Length] + wanted) is not null)
            {
                return Messages.WrongExtension(path, extension, wanted);
            }
        }

        var parts = relative.Split('/');
        var folder = parts switch
        {
            ["villages", _, var f, _] => f,
            ["township", var f, _] => f,
            _ => null,
        };
        if (folder is null || DataLayout.RecordFolderNames.Contains(folder))
        {
            return Messages.UnknownFile(path);
        }

        var allowed = DataLayout.RecordFolderNames.Order(StringComparer.Ordinal).ToList();
        var closest = allowed.FirstOrDefault(a => Plain(a) == Plain(folder))
            ?? allowed.FirstOrDefault(a => Distance(a, folder.ToLowerInvariant()) <= 2);
        return Messages.UnknownFolder(path, folder, closest, allowed);
    }

    // clue, Clues, cross_province and crossprovince all read as the same folder.
    private static string Plain(string folder) =>
        new string(folder.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()).TrimEnd('s');

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
