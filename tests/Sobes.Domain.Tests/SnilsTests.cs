using Sobes.Domain.Registry;

namespace Sobes.Domain.Tests;

// Checksum rule of the Пенсионный фонд: digits × weights 9..1; sum < 100 is the checksum,
// 100 and 101 give 00, above 101 the sum is reduced mod 101 and the rule applied again.
public class SnilsTests
{
    [Theory]
    [InlineData("112-233-445 95")]
    [InlineData("11223344595")]
    [InlineData("112 233 445 95")]
    [InlineData("112-233-445-95")]
    public void Accepts_the_reference_number_in_any_spacing(string input)
    {
        Assert.True(Snils.TryParse(input, out var snils, out var error), error);
        Assert.Equal("11223344595", snils.Digits);
    }

    [Fact]
    public void Formats_as_three_groups_and_checksum() =>
        Assert.Equal("112-233-445 95", Snils.Parse("11223344595").ToString());

    [Fact]
    public void Rejects_a_wrong_checksum_with_a_Russian_message_naming_the_right_one()
    {
        Assert.False(Snils.TryParse("112-233-445 96", out _, out var error));
        Assert.Equal("Неверная контрольная сумма СНИЛС: для номера 112-233-445 она должна быть 95.", error);
    }

    // Numbers up to 001-001-998 were issued before the checksum existed.
    [Theory]
    [InlineData("001-001-998 00")]
    [InlineData("001-001-998 77")]
    [InlineData("000-000-001 42")]
    public void Accepts_any_checksum_up_to_001_001_998(string input) =>
        Assert.True(Snils.TryParse(input, out _, out _));

    [Fact]
    public void Checks_the_first_number_after_001_001_998()
    {
        // 1·7 + 1·4 + 9·3 + 9·2 + 9·1 = 65
        Assert.True(Snils.TryParse("001-001-999 65", out _, out _));
        Assert.False(Snils.TryParse("001-001-999 00", out _, out _));
    }

    [Theory]
    [InlineData("003456111", 100, 0)]  // 0·9+0·8+3·7 + 4·6+5·5+6·4 + 1·3+1·2+1·1 = 100
    [InlineData("002654123", 101, 0)]  // 2·7 + 6·6+5·5+4·4 + 1·3+2·2+3·1 = 101
    [InlineData("004123789", 102, 1)]  // 102 mod 101 = 1
    [InlineData("002987321", 150, 49)] // 150 mod 101 = 49
    [InlineData("006777999", 201, 0)]  // 201 mod 101 = 100, which again gives 00
    [InlineData("112233445", 95, 95)]  // below 100: the sum itself
    public void Checksum_follows_the_sum_rule(string nineDigits, int sum, int checksum)
    {
        Assert.Equal(sum, nineDigits.Select((c, i) => (c - '0') * (9 - i)).Sum());
        Assert.Equal(checksum, Snils.ComputeChecksum(nineDigits));
        Assert.True(Snils.TryParse(nineDigits + checksum.ToString("00"), out _, out var error), error);
    }

    [Theory]
    [InlineData("112-233-44A 95")]
    [InlineData("1122334459")]
    [InlineData("112233445950")]
    [InlineData("112.233.445 95")]
    public void Rejects_letters_and_wrong_length(string input)
    {
        Assert.False(Snils.TryParse(input, out _, out var error));
        Assert.Equal("СНИЛС должен состоять из 11 цифр, например 112-233-445 95.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Rejects_an_empty_value(string? input)
    {
        Assert.False(Snils.TryParse(input, out _, out var error));
        Assert.Equal("СНИЛС не указан.", error);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_message() =>
        Assert.Equal("СНИЛС не указан.", Assert.Throws<FormatException>(() => Snils.Parse("")).Message);
}
