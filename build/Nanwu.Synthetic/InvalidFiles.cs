using System.Text;
using Nanwu.Records.Diagnostics;
using Nanwu.Records.Model;

namespace Nanwu.Synthetic;

/// <summary>
/// Extra files with one planted problem each, and the exact diagnostic each must produce. They
/// come on top of the valid records, so the rest of the data set stays free of diagnostics.
/// </summary>
internal static class InvalidFiles
{
    private const int Kinds = 8;

    static InvalidFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Writes invalid file number <paramref name="n"/> into a folder; returns its diagnostic.</summary>
    public static Diagnostic Write(RecordFiles files, int n, string folder, string clueText, string roundText,
        IReadOnlyList<string> roundIds)
    {
        var id = $"invalid-{n + 1:000}";
        var clues = $"data/{folder}/clues/";
        switch (n % Kinds)
        {
            case 0:
                var notes = $"data/{folder}/notes-{n + 1:000}.txt";
                Save(files, notes, "随手记：下周去东头走访。\n", null);
                return Messages.UnknownFile(notes);
            case 1:
                var line = LineOf(clueText, "涉及人数: ");
                var lines = clueText.Split('\n').ToList();
                lines.Insert(line, lines[line - 1]);
                Save(files, clues + id + ".yaml", string.Join('\n', lines), RecordKind.Clue);
                return Messages.DuplicateKey(new SourceSpan(clues + id + ".yaml", line + 1, 1), "涉及人数", line);
            case 2:
                var round = $"data/{folder}/work-stats/2099-06.yaml";
                Save(files, round, roundText, RecordKind.WorkStats);
                return Messages.UnknownRound(round, "2099-06", roundIds);
            case 3:
                var gbk = clues + id + ".yaml";
                files.Write(gbk, Encoding.GetEncoding(54936).GetBytes(clueText), RecordKind.Clue, false, null);
                return Messages.NotUtf8(new SourceSpan(gbk, 2, 1), "GBK/GB18030 中文编码");
            case 4:
                var badId = $"Invalid_{n + 1:000}";
                Save(files, clues + badId + ".yaml", clueText, RecordKind.Clue);
                return Messages.BadId(clues + badId + ".yaml", badId);
            case 5:
                var tabLine = LineOf(clueText, "  人民银行: ");
                Save(files, clues + id + ".yaml", Replace(clueText, tabLine, "\t人民银行: 无"), RecordKind.Clue);
                return Messages.TabIndent(new SourceSpan(clues + id + ".yaml", tabLine, 1));
            case 6:
                var peopleLine = LineOf(clueText, "涉及人数: ");
                Save(files, clues + id + ".yaml", Replace(clueText, peopleLine, "涉及人数: -3"), RecordKind.Clue);
                return Messages.Negative(new SourceSpan(clues + id + ".yaml", peopleLine, 7), "涉及人数", "-3");
            default:
                Save(files, clues + id + ".yaml", "", RecordKind.Clue);
                return Messages.EmptyFile(new SourceSpan(clues + id + ".yaml", 1, 1));
        }
    }

    private static void Save(RecordFiles files, string path, string text, RecordKind? kind) =>
        files.Write(path, new UTF8Encoding(false).GetBytes(text), kind, valid: false, marker: null);

    // 1-based number of the first line that starts with the text.
    private static int LineOf(string text, string start) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.StartsWith(start, StringComparison.Ordinal)).i + 1;

    private static string Replace(string text, int line, string with)
    {
        var lines = text.Split('\n');
        lines[line - 1] = with;
        return string.Join('\n', lines);
    }
}
