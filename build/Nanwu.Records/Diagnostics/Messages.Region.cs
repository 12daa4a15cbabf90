namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic OutsideTownshipFolder(string path, string inTownship) =>
        Make(Codes.OutsideTownshipFolder, SourceSpan.FileStart(path), "",
            "这个仓库有 data/townships/，是县或省一级的仓库：乡镇信息、领导小组和各村的记录都放在各乡镇自己的目录里，" +
            $"这份文件未读取；请移到 data/townships/<乡镇目录>/{inTownship}（第一行 schema 路径随之多两层 ../）");

    public static Diagnostic SameTownshipName(SourceSpan span, string name, string otherId) =>
        Make(Codes.SameTownshipName, span, "名称",
            $"乡镇名“{name}”与 townships/{otherId} 的相同；各乡镇名称要能区分，请写全称（如加上所属县）");

    public static Diagnostic BadTownshipId(string path, string township) =>
        Make(Codes.BadTownshipId, SourceSpan.FileStart(path), "",
            $"乡镇目录名“{township}”不合规，其下的文件未读取；目录名只用小写字母、数字和单个短横线，如乡名的拼音 nanwu" +
            "（rounds 和 assets 留给全地区的页面使用）");
}
