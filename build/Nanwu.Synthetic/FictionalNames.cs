namespace Nanwu.Synthetic;

/// <summary>
/// Made-up names for villages, people and companies. People and companies are unique within a
/// data set, so no subject is open in two villages by chance (that would be a warning).
/// </summary>
internal sealed class FictionalNames(SeededRandom random)
{
    private const string Surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private const string Given = "建国明华丽芳伟强军平秀英玉兰志文海林春红霞云峰磊洁静杰涛鹏飞宏斌刚辉琴梅凤雪燕晓";
    private const string Brands = "鑫瑞德丰泰华盛隆兴汇通达聚源恒昌安康福祥宏博信诚嘉禾润泽";

    private static readonly string[] Places = ["青岭", "石泉", "云川", "柳溪", "松涧", "桃源", "白沙", "金河", "银坪", "玉峰"];
    private static readonly string[] Trades =
        ["农业科技", "养老服务", "投资咨询", "财富管理", "文化传媒", "商贸", "网络科技", "融资担保"];

    private static readonly (string Name, string Slug)[] VillageHeads =
    [
        ("东", "dong"), ("西", "xi"), ("南", "nan"), ("北", "bei"), ("上", "shang"), ("下", "xia"),
        ("前", "qian"), ("后", "hou"), ("大", "da"), ("小", "xiao"), ("新", "xin"), ("老", "lao"),
        ("高", "gao"), ("石", "shi"), ("柳", "liu"), ("杨", "yang"),
    ];

    private static readonly (string Name, string Slug)[] VillageTails =
    [
        ("庄", "zhuang"), ("河", "he"), ("营", "ying"), ("堡", "bao"), ("关", "guan"), ("坡", "po"),
        ("沟", "gou"), ("峪", "yu"), ("岭", "ling"), ("湾", "wan"), ("屯", "tun"), ("店", "dian"),
        ("寨", "zhai"), ("坪", "ping"), ("头", "tou"), ("岗", "gang"),
    ];

    private readonly HashSet<string> _used = [];

    /// <summary>The i-th village: 256 distinct names, then numbered (东庄2村, dongzhuang-2).</summary>
    public static (string Name, string Slug) Village(int index, int seed)
    {
        var count = VillageHeads.Length * VillageTails.Length;
        var slot = (int)(((long)index * 97 + (uint)seed) % count);
        var (head, headSlug) = VillageHeads[slot % VillageHeads.Length];
        var (tail, tailSlug) = VillageTails[slot / VillageHeads.Length];
        var lap = index / count;
        return lap == 0
            ? ($"{head}{tail}村", headSlug + tailSlug)
            : ($"{head}{tail}{lap + 1}村", $"{headSlug}{tailSlug}-{lap + 1}");
    }

    /// <summary>The i-th township of a region: the village syllables in another order, then numbered.</summary>
    public static (string Name, string Slug) Township(int index, int seed)
    {
        var (village, slug) = Village(index, seed + 1);
        return (village[..^1] + "乡", slug);
    }

    /// <summary>A three-character name never given before in this data set.</summary>
    public string Person() =>
        Unique(() => $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}" +
                     $"{Given[random.Next(Given.Length)]}");

    /// <summary>A company name never given before in this data set.</summary>
    public string Company() =>
        Unique(() => $"{random.Pick(Places)}{Brands[random.Next(Brands.Length)]}{Brands[random.Next(Brands.Length)]}" +
                     $"{random.Pick(Trades)}有限公司");

    /// <summary>A landline of the county: 0358- and seven digits.</summary>
    public string Phone() => Unique(() => $"0358-{random.Next(5_000_000, 5_999_999)}");

    private string Unique(Func<string> make)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = make();
            if (attempt > 50)
            {
                // Note: only reached in very large sets; a repeated suffix keeps names unique.
                name += new string('甲', attempt / 50);
            }

            if (_used.Add(name))
            {
                return name;
            }
        }
    }
}
