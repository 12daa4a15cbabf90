namespace Nanwu.Rendering.Public.Models;

/// <summary>
/// What every public page shows around its content: the site's name, navigation, and the footer
/// from township.yaml (主办单位, 联系电话, 备案号, 网站标识码) with the as-of date.
/// </summary>
public sealed record PublicSiteInfo(
    string Title,
    string Host,
    string Phone,
    string IcpNumber,
    string SiteCode,
    string AsOf,
    string? BaseUrl,
    IReadOnlyList<PublicLink> Nav,
    IReadOnlyList<PublicLink> FooterLinks);
