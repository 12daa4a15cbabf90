using System.Text;

namespace Nanwu.Rendering.Public;

/// <summary>
/// The file name of each key domain's page (domains/yanglao.html): pinyin, so the address stays
/// readable when it is pasted into a chat. The domains are the enum of schemas/notice.schema.json.
/// </summary>
public static class DomainSlugs
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["养老"] = "yanglao",
        ["涉农"] = "shenong",
        ["虚拟货币"] = "xuni-huobi",
        ["区块链"] = "qukuailian",
        ["影视投资"] = "yingshi-touzi",
        ["文化旅游"] = "wenhua-lvyou",
        ["解债服务"] = "jiezhai-fuwu",
        ["假冒央企国企"] = "jiamao-yangqi-guoqi",
        ["产登公司"] = "chandeng-gongsi",
        ["拍卖公司"] = "paimai-gongsi",
        ["民间投融资中介"] = "minjian-tourongzi-zhongjie",
        ["第三方财富管理"] = "disanfang-caifu-guanli",
        ["伪私募"] = "wei-simu",
        ["伪金交所"] = "wei-jinjiaosuo",
        ["股权众筹"] = "guquan-zhongchou",
        ["商贸服务"] = "shangmao-fuwu",
        ["其他"] = "qita",
    };

    /// <summary>Orders domains as the schema lists them (养老 first); later additions after, by name.</summary>
    public static IOrderedEnumerable<string> InSchemaOrder(IEnumerable<string> domains) =>
        domains.OrderBy(d => Known.Keys.ToList().IndexOf(d) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(d => d, StringComparer.Ordinal);

    /// <summary>
    /// The slug of a domain. A domain added to the schema later without a pinyin name here still
    /// gets a stable, safe name: its UTF-8 bytes in hex.
    /// </summary>
    public static string Of(string domain) =>
        Known.TryGetValue(domain, out var slug)
            ? slug
            : "d-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(domain));
}
