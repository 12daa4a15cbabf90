namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic ForeignFile(string path, string account, string villageName, string ownFolder) =>
        Make(Codes.ForeignFile, SourceSpan.FileStart(path), "",
            $"账号“{account}”是{villageName}的提交账号，只能改动 {ownFolder}/ 下的文件；" +
            "请撤回对这个文件的改动，其他村或全乡共用的文件请由该村或乡经济发展办提交");

    public static Diagnostic ClosedRoundChanged(string path, string round, string tag, string commit) =>
        Make(Codes.ClosedRoundChanged, SourceSpan.FileStart(path), "",
            $"轮次 {round} 已截止（标签 {tag}），提交 {commit} 改动了这个文件却没有注明更正理由；" +
            "确需更正时，请在提交说明末尾另起一行写“更正: 理由”，否则请撤回这个改动");

    public static Diagnostic ArrivalDisagrees(
        SourceSpan span, string field, string reportedOn, string arrivedOn, string due, string decided) =>
        Make(Codes.ArrivalDisagrees, span, field,
            $"填报时间 {reportedOn} 与进入主干的日期 {arrivedOn} 对照报送期限 {due} 判断不一，按进入主干的日期算作{decided}；" +
            "请核实填报时间是否写对");

    public static Diagnostic UnknownAccount(string listFile, string account) =>
        Make(Codes.UnknownAccount, SourceSpan.FileStart(listFile), "",
            $"账号“{account}”既不在 township.yaml 的办公室账号中，也不在任何村 village.yaml 的提交账号中；" +
            "请用本村登记的账号提交，或请乡经济发展办把这个账号登记到名单中");

    public static Diagnostic RoundTagByVillage(string tag, string account) =>
        Make(Codes.RoundTagByVillage, SourceSpan.FileStart("data/rounds.yaml"), "",
            $"账号“{account}”不是乡办公室账号，不能建立、移动或删除标签 {tag}；轮次由乡经济发展办用 nanwu round close 截止");

    public static Diagnostic MainRewritten(string branch, string what) =>
        Make(Codes.MainRewritten, SourceSpan.FileStart("data/rounds.yaml"), "",
            $"这次推送会{what}主干 {branch} 的历史；主干的历史是各村按时报送的凭据，只能在其后追加提交，" +
            "请先拉取（git pull）再推送");

    public static Diagnostic SubmoduleUnavailable(string path, string commit) =>
        Make(Codes.SubmoduleUnavailable, SourceSpan.FileStart(path), "",
            $"子模块 {path} 指向提交 {commit}，在村的数据仓库中找不到；请先把村的数据仓库推送上去，再更新乡仓库中的指向");
}
