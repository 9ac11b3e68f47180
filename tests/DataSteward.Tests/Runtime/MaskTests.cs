namespace DataSteward.Tests.Runtime;

public sealed class MaskTests
{
    [Theory]
    [InlineData("jeanne.martin@example.fr", "j***@example.fr")]
    [InlineData("jm@example.fr", "j***@example.fr")]
    [InlineData("a@x.fr", "***@x.fr")]
    [InlineData("@example.fr", "***@example.fr")]
    [InlineData("a@b@example.fr", "a***@example.fr")]
    [InlineData("no-at-sign", "***")]
    [InlineData("jeanne@", "j***@")]
    [InlineData("😀x@example.fr", "😀***@example.fr")]
    [InlineData("😀@example.fr", "***@example.fr")]
    [InlineData("", "")]
    public void Email(string value, string expected) => Assert.Equal(expected, Mask.Email(value));

    [Theory]
    [InlineData("+33 6 12 34 56 78", "+** * ** ** ** 78")]
    [InlineData("06.12.34.56.78", "**.**.**.**.78")]
    [InlineData("(0)6-12/34", "(*)*-**/34")]
    [InlineData("0612345678x9", "*********8*9")]
    [InlineData("1+2345678", "*******78")]
    [InlineData("  +33 1", "  +** *")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    public void Phone(string value, string expected) => Assert.Equal(expected, Mask.Phone(value));

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189", "FR** **** **** **** **** ***0 189")]
    [InlineData("FR7630006000011234567890189", "FR*********************0189")]
    [InlineData("DE89370400440532013000", "DE****************3000")]
    [InlineData("AB1234567890", "AB******7890")]
    [InlineData("AB123456789", "***********")]
    [InlineData("FR76 3000", "**** ****")]
    [InlineData("", "")]
    public void Iban(string value, string expected) => Assert.Equal(expected, Mask.Iban(value));

    [Theory]
    [InlineData("0612345678", 2, 2, "06******78")]
    [InlineData("abcd", 0, 1, "***d")]
    [InlineData("abcd", 1, 0, "a***")]
    [InlineData("abcd", 0, 0, "****")]
    [InlineData("abc", 2, 1, "***")]
    [InlineData("abc", 5, 0, "***")]
    [InlineData("ab", int.MaxValue, int.MaxValue, "**")]
    [InlineData("a😀b😀c", 1, 1, "a***c")]
    [InlineData("😀bc😀", 1, 1, "😀**😀")]
    [InlineData("", 1, 1, "")]
    public void Keep(string value, int first, int last, string expected) => Assert.Equal(expected, Mask.Keep(value, first, last));

    [Fact]
    public void Null_gives_null()
    {
        Assert.Null(Mask.Email(null));
        Assert.Null(Mask.Phone(null));
        Assert.Null(Mask.Iban(null));
        Assert.Null(Mask.Keep(null, 1, 1));
    }

    [Fact]
    public void Negative_counts_are_rejected()
    {
        Assert.Equal("first", Assert.Throws<ArgumentOutOfRangeException>(() => Mask.Keep("abc", -1, 0)).ParamName);
        Assert.Equal("last", Assert.Throws<ArgumentOutOfRangeException>(() => Mask.Keep("abc", 0, -1)).ParamName);
        Assert.Equal("first", Assert.Throws<ArgumentOutOfRangeException>(() => Mask.Keep(null, -1, 0)).ParamName);
    }

    [Theory]
    [InlineData(1987, "1987-**-**")]
    [InlineData(987, "0987-**-**")]
    [InlineData(null, null)]
    public void Year(int? year, string? expected) => Assert.Equal(expected, Mask.Year(year));

    [Theory]
    [InlineData(1234567L, "*****67")]
    [InlineData(-1234L, "-**34")]
    [InlineData(999L, "***")]
    [InlineData(0L, "*")]
    [InlineData(null, null)]
    public void Whole_number(long? value, string? expected) => Assert.Equal(expected, Mask.Number(value));

    [Fact]
    public void Decimal_number_masks_the_fraction_and_keeps_two_integer_digits()
    {
        Assert.Equal("***23.**", Mask.Number(45123.50m));
        Assert.Equal("-**.*", Mask.Number(-12.5m));
        Assert.Null(Mask.Number((decimal?)null));
    }

    [Fact]
    public void Floating_point_number_is_written_with_two_decimals()
    {
        Assert.Equal("**12.**", Mask.Number(4512.5d));
        Assert.Equal("***", Mask.Number(double.NaN));
        Assert.Equal("***", Mask.Number(double.PositiveInfinity));
        Assert.Null(Mask.Number((double?)null));
    }
}
