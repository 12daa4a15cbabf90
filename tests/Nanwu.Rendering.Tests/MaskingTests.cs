using Nanwu.Records.Values;
using Nanwu.Rendering.Internal;

namespace Nanwu.Rendering.Tests;

/// <summary>
/// ID numbers and the names of persons are masked in HTML, internal pages included; companies are shown.
/// </summary>
public sealed class MaskingTests
{
    private static IEnumerable<string> Pages =>
        SampleData.InternalSite.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Select(SampleData.InternalSite.Text);

    [Fact]
    public void No_person_subject_appears_in_full_on_any_internal_page()
    {
        var data = SampleData.Data;
        var persons = data.Clues.Where(c => c.SubjectIsPerson).Select(c => c.SubjectName)
            .Concat(data.CrossProvince.Where(c => c.SubjectIsPerson).Select(c => c.SubjectName))
            .ToList();

        Assert.NotEmpty(persons);
        Assert.All(Pages, html => Assert.All(persons, name => Assert.DoesNotContain(name, html)));
        Assert.All(persons, name => Assert.Contains(Masking.PersonName(name), SampleData.InternalSite.Text("clues.html")
            + SampleData.InternalSite.Text("cross-province.html")));
    }

    [Fact]
    public void No_id_number_appears_in_full_on_any_internal_page()
    {
        var ids = SampleData.Data.CrossProvince.Where(c => c.SubjectIsPerson).Select(c => c.Code).ToList();

        Assert.NotEmpty(ids);
        Assert.All(Pages, html => Assert.All(ids, id => Assert.DoesNotContain(id, html)));
        var cases = SampleData.InternalSite.Text("cross-province.html");
        Assert.All(ids, id => Assert.Contains(Masking.IdNumber(id), cases));
    }

    [Fact]
    public void Company_names_and_credit_codes_are_shown()
    {
        var data = SampleData.Data;
        var clues = SampleData.InternalSite.Text("clues.html");
        var cases = SampleData.InternalSite.Text("cross-province.html");

        Assert.All(data.Clues.Where(c => !c.SubjectIsPerson), c => Assert.Contains(c.SubjectName, clues));
        Assert.All(data.CrossProvince.Where(c => !c.SubjectIsPerson), c =>
        {
            Assert.Contains(c.SubjectName, cases);
            Assert.Contains(c.Code, cases);
        });
    }

    [Fact]
    public void A_person_named_in_a_remark_or_a_case_name_is_masked_there_too()
    {
        var data = SampleData.Data;
        var person = data.Clues.First(c => c.SubjectIsPerson);
        var planted = data with
        {
            Clues = data.Clues
                .Select(c => c == person ? c with { Remark = $"经查{c.SubjectName}已退赔。" } : c).ToList(),
            CrossProvince = data.CrossProvince
                .Select(c => c.SubjectIsPerson ? c with { Name = c.SubjectName + "案" } : c).ToList(),
        };
        var summary = Nanwu.Aggregation.Aggregator.Summarise(planted, SampleData.AsOf);

        var files = SiteBuilder.RenderInternal(planted, summary, SampleData.Options(Path.GetTempPath()), []).Files;

        var clues = files.Text("clues.html");
        Assert.Contains($"经查{Masking.PersonName(person.SubjectName)}已退赔。", clues);
        Assert.DoesNotContain(person.SubjectName, clues);
        Assert.All(planted.CrossProvince.Where(c => c.SubjectIsPerson),
            c => Assert.DoesNotContain(c.SubjectName, files.Text("cross-province.html")));
    }

    [Fact]
    public void The_mask_replaces_longest_names_first_and_leaves_other_text_alone()
    {
        var mask = new PersonMask([("王五", "王*"), ("王五六", "王*六"), ("李", "*")]);

        Assert.Equal("王*六和王*，李四", mask.Apply("王五六和王五，李四"));
        Assert.Same("没有人名", mask.Apply("没有人名"));
    }
}
