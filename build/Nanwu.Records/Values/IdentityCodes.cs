namespace Nanwu.Records.Values;

/// <summary>What an 18-character code is, told by its shape and check character.</summary>
public enum CodeKind
{
    Unknown,
    CreditCode,
    IdNumber,
}

/// <summary>
/// Check characters of 统一社会信用代码 (GB 32100) and 居民身份证号码 (GB 11643).
/// The region part is deliberately not checked: sample data uses 1499xx, which no county has.
/// </summary>
public static class IdentityCodes
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights =
        [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdChecks = "10X98765432";

    /// <summary>True when the text has the shape of an ID number: 17 digits and a digit or X.</summary>
    public static bool LooksLikeIdNumber(string code) =>
        code.Length == 18 && code[..17].All(char.IsAsciiDigit)
        && (char.IsAsciiDigit(code[17]) || code[17] == 'X');

    /// <summary>True when the text has the shape of a credit code: 18 characters of its alphabet.</summary>
    public static bool LooksLikeCreditCode(string code) =>
        code.Length == 18 && code.All(c => CreditAlphabet.Contains(c));

    public static char? IdNumberCheck(string code)
    {
        if (code.Length < 17 || !code[..17].All(char.IsAsciiDigit))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (code[i] - '0') * IdWeights[i];
        }

        return IdChecks[sum % 11];
    }

    public static char? CreditCodeCheck(string code)
    {
        if (code.Length < 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = CreditAlphabet.IndexOf(code[i]);
            if (value < 0)
            {
                return null;
            }

            sum += value * CreditWeights[i];
        }

        return CreditAlphabet[(31 - sum % 31) % 31];
    }

    /// <summary>
    /// An ID number has a valid birth date in places 7–14. Other codes of the credit-code
    /// alphabet are credit codes, except all-digit ones whose credit check fails: those are
    /// more likely a mistyped ID number, so they are called unknown rather than blamed on
    /// the wrong check character.
    /// </summary>
    public static CodeKind KindOf(string code)
    {
        if (LooksLikeIdNumber(code) && HasBirthDate(code))
        {
            return CodeKind.IdNumber;
        }

        if (!LooksLikeCreditCode(code))
        {
            return CodeKind.Unknown;
        }

        return !LooksLikeIdNumber(code) || CreditCodeCheck(code) == code[17] ? CodeKind.CreditCode : CodeKind.Unknown;
    }

    private static bool HasBirthDate(string code) =>
        DateOnly.TryParseExact(code.Substring(6, 8), "yyyyMMdd", out var birth)
        && birth.Year >= 1900;
}
