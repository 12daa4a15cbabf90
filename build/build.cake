// Nanwu's build script. Thin on purpose: every task calls dotnet or the nanwu command
// line; the logic lives in the C# projects beside this file.
//   dotnet cake build/build.cake                  build both sites from data/ (target Site)
//   dotnet cake build/build.cake --target=Test    run every test
//   dotnet cake build/build.cake --target=Check   check data/ only
//   dotnet cake build/build.cake --target=Fuzz    long fuzz run (NANWU_FUZZ_ROUNDS, default 3000)
//   dotnet cake build/build.cake --target=Bench --preset=township   benchmark (build/bench/results.md)

var target = Argument("target", "Site");
var configuration = Argument("configuration", "Release");
// The sample data is built as of a fixed mid-campaign date, so the README's command
// gives the same site every day.
var asOf = Argument("as-of", "2025-07-20");
// The public site's real address (feed, sitemap, QR codes); empty builds with the sample address.
var baseUrl = Argument("base-url", "");
var root = MakeAbsolute(Directory(".."));
var solution = root.CombineWithFilePath("nanwu.sln");
var cli = root.CombineWithFilePath($"build/Nanwu.Cli/bin/{configuration}/net10.0/nanwu.dll");

void Nanwu(string arguments)
{
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{cli}\" --repo \"{root}\" --as-of {asOf} {arguments}",
        WorkingDirectory = root,
    });
    if (exit != 0)
    {
        throw new CakeException(exit, $"nanwu {arguments} 失败（退出码 {exit}），问题清单见上");
    }
}

void Prepare(string what)
{
    var exit = StartProcess("bash", new ProcessSettings
    {
        Arguments = $"\"{root}/build/prepare.sh\" {what}",
        WorkingDirectory = root,
    });
    if (exit != 0)
    {
        throw new CakeException(exit, $"准备依赖（{what}）失败，退出码 {exit}");
    }
}

Task("PrepareSite")
    .Description("安装生成站点所需的 npm 依赖")
    .Does(() => Prepare("site"));

Task("PrepareTest")
    .Description("安装测试所需的依赖（Chromium、中文字体、LibreOffice、npm 包）")
    .Does(() => Prepare("test"));

Task("Compile")
    .Description("编译全部项目")
    .Does(() => DotNetBuild(solution.FullPath, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoLogo = true,
    }));

Task("Check")
    .Description("检查 data/ 中的全部记录")
    .IsDependentOn("Compile")
    .Does(() => Nanwu("check"));

Task("Site")
    .Description("检查并生成内部门户与公开网站（out/internal、out/public）")
    .IsDependentOn("PrepareSite")
    .IsDependentOn("Compile")
    .Does(() => Nanwu("build --out out" + (baseUrl == "" ? "" : $" --base-url \"{baseUrl}\"")));

Task("Test")
    .Description("运行全部测试")
    .IsDependentOn("PrepareTest")
    .IsDependentOn("Compile")
    .Does(() => DotNetTest(solution.FullPath, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoLogo = true,
    }));

// The long fuzz run (the normal suite runs a few rounds of the same test): rounds from
// --rounds= or NANWU_FUZZ_ROUNDS, seed from --seed= or NANWU_FUZZ_SEED.
var fuzzRounds = Argument("rounds", EnvironmentVariable("NANWU_FUZZ_ROUNDS") ?? "3000");
var fuzzSeed = Argument("seed", EnvironmentVariable("NANWU_FUZZ_SEED") ?? "20240701");

Task("Fuzz")
    .Description("长时间模糊测试：随机损坏的 YAML 与 Markdown 送进整条流水线，只许得到输出或问题提示")
    .IsDependentOn("Compile")
    .Does(() => DotNetTest(root.CombineWithFilePath("tests/Nanwu.Hostile.Tests/Nanwu.Hostile.Tests.csproj").FullPath,
        new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoLogo = true,
            Filter = "FullyQualifiedName~Nanwu.Hostile.Tests.Fuzz",
            EnvironmentVariables = { ["NANWU_FUZZ_ROUNDS"] = fuzzRounds, ["NANWU_FUZZ_SEED"] = fuzzSeed },
        }));

// The benchmark of issue 7: township, county, province or all (the province takes a long while).
var benchPreset = Argument("preset", "all");

Task("PrepareBench")
    .Description("安装基准测试所需的 Hugo、GNU time 和 npm 包")
    .Does(() => Prepare("bench"));

Task("Bench")
    .Description("基准测试：各规模的检查、完整生成、改动一个文件后的重新生成，与 node、Hugo 对照；结果写入 build/bench/results.md")
    .IsDependentOn("PrepareBench")
    .IsDependentOn("Compile")
    .Does(() => Nanwu($"bench --preset {benchPreset}"));

RunTarget(target);
