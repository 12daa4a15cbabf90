namespace Nanwu.PublicSite.Tests;

/// <summary>One built site and one browser for all browser tests: on two cores, one Chromium is plenty.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built public site";
}
