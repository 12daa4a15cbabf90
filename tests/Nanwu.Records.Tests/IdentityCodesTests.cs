using Nanwu.Records.Values;

namespace Nanwu.Records.Tests;

public sealed class IdentityCodesTests
{
    // 14990019850612003X is the ID number the Git-workflow issue names; its check
    // character X was worked out by hand with the GB 11643 weights.
    [Theory]
    [InlineData("14990019850612003X", 'X')]
    [InlineData("14990019760412059X", 'X')]
    public void Id_number_check_character_follows_gb_11643(string code, char expected)
    {
        Assert.Equal(expected, IdentityCodes.IdNumberCheck(code));
        Assert.Equal(CodeKind.IdNumber, IdentityCodes.KindOf(code));
    }

    // 91350100M000100Y43 is the example printed in explanations of GB 32100.
    [Theory]
    [InlineData("91350100M000100Y43", '3')]
    [InlineData("91149900MA0H9UE5K0", '0')]
    public void Credit_code_check_character_follows_gb_32100(string code, char expected)
    {
        Assert.Equal(expected, IdentityCodes.CreditCodeCheck(code));
        Assert.Equal(CodeKind.CreditCode, IdentityCodes.KindOf(code));
    }

    [Theory]
    [InlineData("1499001985061200")]
    [InlineData("149900198513120031")]
    [InlineData("91149900ma0h9ue5k0")]
    public void Codes_of_neither_shape_are_unknown(string code) =>
        Assert.Equal(CodeKind.Unknown, IdentityCodes.KindOf(code));
}
