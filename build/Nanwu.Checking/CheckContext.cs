using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Checking;

/// <summary>What every rule sees: the data, the as-of date and where to report.</summary>
public sealed record CheckContext(DataSet Data, DateOnly AsOf, DiagnosticBag Bag)
{
    public void Report(Diagnostic diagnostic) => Bag.Add(diagnostic);
}
