using Nanwu.Records.Values;

namespace Nanwu.Records.Tests;

public sealed class ValuesTests
{
    [Theory]
    [InlineData("1200.5", "1,200.5")]
    [InlineData("0.0012", "0.0012")]
    [InlineData("86.20", "86.2")]
    [InlineData("0", "0")]
    public void Money_has_one_display_rule(string value, string shown) =>
        Assert.Equal(shown, Money.Display(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.5", 1)]
    [InlineData("1.50000", 1)]
    [InlineData("0.00001", 5)]
    [InlineData("12", 0)]
    public void Decimal_places_ignore_trailing_zeros(string value, int places) =>
        Assert.Equal(places, Money.DecimalPlaces(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("１２", "12")]
    [InlineData("1,200", "1200")]
    [InlineData("50万元", "50")]
    [InlineData(" 3件 ", "3")]
    [InlineData("０．５", "0.5")]
    public void Clerk_numbers_are_understood(string typed, string value) =>
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), ClerkInput.TryReadNumber(typed));

    [Theory]
    [InlineData("2024年7月5日")]
    [InlineData("2024.7.5")]
    [InlineData("2024/07/05")]
    [InlineData("２０２４－０７－０５")]
    [InlineData("20240705")]
    public void Clerk_dates_are_understood(string typed) =>
        Assert.Equal(new DateOnly(2024, 7, 5), ClerkInput.TryReadDate(typed));

    [Theory]
    [InlineData("2024年2月30日")]
    [InlineData("七月五日")]
    public void Impossible_dates_are_not(string typed) => Assert.Null(ClerkInput.TryReadDate(typed));

    [Fact]
    public void A_late_evening_in_utc_is_the_next_day_in_china() =>
        Assert.Equal(new DateOnly(2024, 12, 1),
            Dates.InChina(new DateTimeOffset(2024, 11, 30, 17, 0, 0, TimeSpan.Zero)));
}
