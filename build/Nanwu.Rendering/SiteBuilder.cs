using Nanwu.Aggregation;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Rendering;

/// <summary>Renders the internal portal and the public site. (Placeholder until rendering lands.)</summary>
public static class SiteBuilder
{
    public static SiteReport Build(DataSet data, CampaignSummary summary, SiteOptions options, DiagnosticBag bag)
    {
        Directory.CreateDirectory(Path.Combine(options.OutputRoot, "internal"));
        Directory.CreateDirectory(Path.Combine(options.OutputRoot, "public"));
        return new SiteReport(0, 0, 0, 0);
    }
}
