// Nanwu's build script. Thin on purpose: every task calls dotnet or the nanwu command
// line; the logic lives in the C# projects beside this file.
//   dotnet cake build/build.cake                  build both sites from data/ (target Site)
//   dotnet cake build/build.cake --target=Test    run every test
//   dotnet cake build/build.cake --target=Check   check data/ only

var target = Argument("target", "Site");
var configuration = Argument("configuration", "Release");
// The sample data is built as of a fixed mid-campaign date, so the README's command
// gives the same site every day.
var asOf = Argument("as-of", "2025-07-20");
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
    .Does(() => Nanwu("build --out out"));

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

RunTarget(target);
