using System.Globalization;
using System.Text;

namespace Nanwu.Cli.Bench;

/// <summary>
/// A Hugo site of N notice-like Markdown pages (a title, a date, about 1,500 Chinese characters)
/// with a minimal theme written here, so Hugo's speed is measured on work like Nanwu's.
/// </summary>
public static class HugoSite
{
    // The feed keeps the newest 20 notices, as a real site's would: Hugo's default puts every
    // page's summary in it, which at 28,000 pages more than doubled its peak memory.
    private const string Config = """
        baseURL = "https://nanwu.invalid/"
        languageCode = "zh-cn"
        title = "防范非法集资"
        disableKinds = ["taxonomy", "term"]
        rssLimit = 20
        """;

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>{{ .Title }} - {{ site.Title }}</title></head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
        <main>{{ block "main" . }}{{ end }}</main>
        </body>
        </html>
        """;

    private const string Single = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>
        {{ .Content }}</article>{{ end }}
        """;

    private const string List = """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        <ul>{{ range first 100 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        """;

    private static readonly string[] Sentences =
    [
        "近期，一些不法分子以高额回报为诱饵，打着养老服务、投资理财、农业合作社的旗号向群众吸收资金。",
        "非法集资的特征是未经依法许可、向社会公开宣传、承诺还本付息或者给付回报、向社会不特定对象吸收资金。",
        "请广大村民提高警惕，不听信“稳赚不赔”“保本高息”的宣传，不参与来路不明的投资项目。",
        "发现可疑线索，可以向村委会、乡政府综治办或者县防范和处置非法集资工作领导小组办公室反映。",
        "乡政府将会同市场监管、公安、司法等部门，逐村开展风险排查，对排查出的线索建立台账，逐条核实处置。",
        "对主动退赔、积极配合调查的当事人，依法从轻处理；对拒不配合、转移资产的，依法从严打击。",
        "各村要利用广播、宣传栏、微信群等渠道，把防范知识送到每家每户，特别是老年人和外出务工人员家庭。",
        "投资前请先核实对方是否具有金融业务资质，可以在有关部门的官方网站上查询，也可以到银行网点咨询。",
    ];

    /// <summary>Writes the site into an empty folder.</summary>
    public static void Write(string folder, int pages)
    {
        Save(folder, "config.toml", Config);
        Save(folder, "layouts/_default/baseof.html", BaseOf);
        Save(folder, "layouts/_default/single.html", Single);
        Save(folder, "layouts/_default/list.html", List);
        Save(folder, "content/notices/_index.md", "---\ntitle: 通知公告\n---\n");
        var start = new DateOnly(2024, 7, 1);
        for (var i = 0; i < pages; i++)
        {
            var date = start.AddDays(i % 540).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Save(folder, $"content/notices/n{i:000000}.md",
                $"---\ntitle: 关于防范非法集资风险的提示（第 {i + 1} 号）\ndate: {date}\n---\n\n{Body(i)}");
        }
    }

    // Paragraphs of whole sentences, the order shifted per page, until about 1,500 characters.
    private static string Body(int page)
    {
        var text = new StringBuilder();
        var paragraph = 0;
        for (var n = 0; text.Length < 1_500; n++)
        {
            text.Append(Sentences[(page + n) % Sentences.Length]);
            if (n % 3 == 2)
            {
                text.Append(paragraph++ % 4 == 0 ? "\n\n## 要点\n\n" : "\n\n");
            }
        }

        return text.Append('\n').ToString();
    }

    private static void Save(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + (text.EndsWith('\n') ? "" : "\n"));
    }
}
