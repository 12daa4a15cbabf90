using Nanwu.Checking;
using Nanwu.Loading;
using Nanwu.Loading.Yaml;
using Nanwu.Records.Diagnostics;

namespace Nanwu.Workbooks.Import;

/// <summary>
/// Runs the same checks as every other input (schema, then domain rules) on data/ as it would be
/// after the import, the new texts read in place of the files, so that nothing in the repository
/// is touched before the whole import is known to be sound.
/// </summary>
internal static class OverlayCheck
{
    public static IReadOnlyList<Diagnostic> Run(
        string repoRoot, IReadOnlyDictionary<string, string> files, DateOnly asOf)
    {
        var bag = new DiagnosticBag();
        var data = new DataLoader(repoRoot, ReadLimits.Default) { Overlay = files }.Load(bag);
        Checker.Check(new CheckContext(data, asOf, bag));
        return bag.Sorted();
    }
}
