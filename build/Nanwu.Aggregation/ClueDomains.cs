namespace Nanwu.Aggregation;

/// <summary>The six 所属行业领域 of 附件3 in the printed order, which orders the register.</summary>
public static class ClueDomains
{
    public static IReadOnlyList<string> Ordered { get; } =
    [
        "虚拟货币、区块链、互联网金融、支付、征信等领域涉非风险",
        "民间投融资、P2P网贷、第三方财富管理公司、非法银行、非法保险等领域涉非风险",
        "私募基金、证券期货、股权众筹、“伪私募”“伪金交所”“产登公司”“拍卖公司”等领域涉非风险",
        "小额贷款、融资性担保、典当、融资租赁、商业保理等领域涉非风险",
        "教育、养老、涉农、商贸服务等领域涉非风险",
        "其他",
    ];

    /// <summary>1 to 6 for the printed categories, 7 for anything else.</summary>
    public static int Rank(string domain)
    {
        var index = Ordered.ToList().IndexOf(domain);
        return index < 0 ? Ordered.Count + 1 : index + 1;
    }
}
