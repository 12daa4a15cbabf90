using Nanwu.Records.Diagnostics;
using Nanwu.Rendering.Public.Search;
using Nanwu.Rendering.Wall;
using Nanwu.TestSupport;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// The search index is part of the public site: Pagefind stores each page's words gzip-compressed,
/// and the wall unpacks them, so a private value cannot slip out through the index.
/// </summary>
public sealed class SearchIndexWallTests : IDisposable
{
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_private_value_in_a_notice_is_caught_in_the_index_alone()
    {
        var person = SampleData.Data.Clues.First(c => c.SubjectIsPerson).SubjectName;
        var data = SampleData.WithNoticeBody("jingti-yanglao-touzi", $"近日，{person}以养老投资为名借钱。");
        var files = SiteBuilder.RenderPublic(data, SampleData.Options(_site.Path), new DiagnosticBag()).Files;
        foreach (var (path, bytes) in files.All)
        {
            var full = Path.Combine(_site.Path, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        Assert.Null(PagefindIndex.Build(Repo.Root, _site.Path));
        RemoveAllBut(PagefindIndex.Folder);

        var leaks = new PublicWall(data.PrivateValues, data.PublicExceptions).Check(_site.Path, "out/public").Leaks;

        var leak = Assert.Single(leaks);
        Assert.Equal(Codes.PrivateLeak, leak.Code);
        Assert.StartsWith("out/public/pagefind/fragment/zh-cn_", leak.Span.Path);
        Assert.EndsWith(".pf_fragment", leak.Span.Path);
        Assert.Contains("风险主体名称", leak.Message);
    }

    [Fact]
    public void Without_pagefind_installed_the_index_is_reported_missing_with_the_fix()
    {
        var problem = PagefindIndex.Build(_site.Path, _site.Path);

        Assert.NotNull(problem);
        Assert.Equal(Codes.SearchIndexFailed, problem.Code);
        Assert.Contains("build/prepare.sh site", problem.Message);
    }

    private void RemoveAllBut(string folder)
    {
        var others = Directory.EnumerateFileSystemEntries(_site.Path).Where(e => Path.GetFileName(e) != folder);
        foreach (var entry in others.ToList())
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }
}
