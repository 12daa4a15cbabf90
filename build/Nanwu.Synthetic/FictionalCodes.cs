using Nanwu.Records.Values;

namespace Nanwu.Synthetic;

/// <summary>
/// 统一社会信用代码 and 身份证号 with correct check characters and the region 1499xx, which no
/// county has, so no generated code can be a real one.
/// </summary>
internal static class FictionalCodes
{
    private const string OrgAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>91 1499xx MA……… + check; the letters keep it from looking like an ID number.</summary>
    public static string CreditCode(SeededRandom random)
    {
        var body = $"911499{random.Next(10, 100)}MA";
        for (var i = 0; i < 7; i++)
        {
            body += OrgAlphabet[random.Next(OrgAlphabet.Length)];
        }

        return body + IdentityCodes.CreditCodeCheck(body);
    }

    /// <summary>1499xx, a birth date between 1950 and 1999, a sequence number and the check character.</summary>
    public static string IdNumber(SeededRandom random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 50));
        var body = $"1499{random.Next(10, 100)}{birth:yyyyMMdd}{random.Next(100, 1000)}";
        return body + IdentityCodes.IdNumberCheck(body);
    }
}
