namespace Nanwu.Rendering.Public.Models;

/// <summary>
/// What every public page shows around its content: the site's name, navigation, the share
/// picture and address, and the footer from township.yaml (主办单位, 承办单位, 联系电话, 备案号,
/// 网站标识码) with the as-of date. <see cref="BaseUrl"/> ends with a slash.
/// </summary>
public sealed record PublicSiteInfo(
    string Title,
    string Host,
    string Office,
    string Phone,
    string IcpNumber,
    string SiteCode,
    string AsOf,
    string BaseUrl,
    string ShareImage,
    IReadOnlyList<PublicLink> Nav,
    IReadOnlyList<PublicLink> FooterLinks);
