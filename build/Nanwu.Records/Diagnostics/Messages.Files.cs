namespace Nanwu.Records.Diagnostics;

public static partial class Messages
{
    public static Diagnostic UnknownFile(string path) =>
        Make(Codes.UnknownFile, SourceSpan.FileStart(path), "",
            "不知道这个位置的文件是什么记录；记录请放在 villages/<村>/work-stats/、monthly/、clues/、" +
            "cross-province/ 或 notices/ 等目录下（见 docs/data-model.md），不用的文件请删除");

    public static Diagnostic BadId(string path, string id) =>
        Make(Codes.BadId, SourceSpan.FileStart(path), "",
            $"文件名“{id}”不合规；编号只用小写英文字母、数字和“-”，如 2024-007 或 dongzhuang");

    public static Diagnostic ReservedVillageId(string path) =>
        Make(Codes.BadId, SourceSpan.FileStart(path), "",
            $"村目录名“township”留给乡本级（{path[..path.IndexOf("villages/", StringComparison.Ordinal)]}township/）" +
            "使用；请给这个村另取目录名，如村名的拼音");

    public static Diagnostic Symlink(string path) =>
        Make(Codes.Symlink, SourceSpan.FileStart(path), "",
            "这是一个符号链接；data/ 里只放真实文件，请把文件本身复制进来");

    public static Diagnostic NotUtf8(SourceSpan span, string detected) =>
        Make(Codes.NotUtf8, span, "",
            $"文件不是 UTF-8 编码（看起来是 {detected}）；请在编辑器里用“另存为”选择 UTF-8 编码后再提交");

    public static Diagnostic TooLarge(string path, long bytes, long limit) =>
        Make(Codes.TooLarge, SourceSpan.FileStart(path), "",
            $"文件有 {bytes:N0} 字节，超过上限 {limit:N0} 字节，未读取；一条记录只有几 KB，请检查是否放错了文件");

    public static Diagnostic MissingVillageFile(string folder) =>
        Make(Codes.MissingVillageFile, SourceSpan.FileStart(folder + "/village.yaml"), "",
            "村目录里没有 village.yaml；请补上村名称、村主干、联系电话和提交账号");

    public static Diagnostic UnknownRound(string path, string round, IEnumerable<string> known) =>
        Make(Codes.UnknownRound, SourceSpan.FileStart(path), "",
            $"轮次“{round}”不在 rounds.yaml 中；文件名应是其中之一：{string.Join("、", known)}");

    public static Diagnostic BadMonth(string path, string month) =>
        Make(Codes.BadMonth, SourceSpan.FileStart(path), "",
            $"月报文件名“{month}”不是“年-月”；请写成 2025-03.yaml 这样的形式");

    public static Diagnostic MissingRequiredFile(string path) =>
        Make(Codes.MissingRequiredFile, SourceSpan.FileStart(path), "",
            "缺少这个文件；请按 docs/data-model.md 的样例建立它");

    public static Diagnostic SchemaLine(string path, string expected) =>
        Make(Codes.SchemaLine, SourceSpan.FileStart(path), "",
            $"第一行没有正确声明 schema；请写成“# yaml-language-server: $schema={expected}”，编辑器才能提示和检查");

    public static Diagnostic FrontMatterSchema(string path, string expected) =>
        Make(Codes.SchemaLine, SourceSpan.FileStart(path), "$schema",
            $"front matter 里没有正确写出 $schema；请在第二行写“$schema: {expected}”，编辑器才能提示和检查");

    public static Diagnostic CannotRead(string path, string reason) =>
        Make(Codes.CannotRead, SourceSpan.FileStart(path), "",
            $"文件无法读取（{reason}）；请检查文件权限或是否损坏");
}
