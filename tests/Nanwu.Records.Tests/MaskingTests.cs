using Nanwu.Records.Values;

namespace Nanwu.Records.Tests;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("贾文斌", "贾*斌")]
    [InlineData("牛花", "牛*")]
    [InlineData("欧阳明月", "欧**月")]
    [InlineData("王", "*")]
    public void Person_names_keep_only_the_first_and_last_character(string name, string masked) =>
        Assert.Equal(masked, Masking.PersonName(name));

    [Fact]
    public void Id_numbers_keep_region_prefix_and_last_four() =>
        Assert.Equal("1499**********003X", Masking.IdNumber("14990019850612003X"));
}
