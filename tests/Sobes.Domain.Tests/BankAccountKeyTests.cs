using Sobes.Domain.Registry;

namespace Sobes.Domain.Tests;

// Bank of Russia rules of 08.09.1997 № 515: three BIK-derived digits + the 20-digit account,
// digits × 7,1,3 repeated, the low digits of the products must sum to a multiple of 10.
public class BankAccountKeyTests
{
    private const string SberChelyabinskBik = "047501602";   // Челябинское отделение № 8597 ПАО Сбербанк
    private const string CardAccount = "40817810172000012345"; // 408 17 810 1 7200 0012345, key digit 1

    [Fact]
    public void ComputeKey_gives_the_digit_a_hand_computation_confirms()
    {
        Assert.Equal('1', BankAccountKey.ComputeKey(SberChelyabinskBik, "40817810072000012345"));
        // "602" + account, low digits of the products with weights 7,1,3,7,1,3,…:
        // 6·7 0·1 2·3 | 4·7 0·1 8·3 | 1·7 7·1 8·3 | 1·7 0·1 1·3 | 7·7 2·1 0·3 | 0·7 0·1 0·3 | 1·7 2·1 3·3 | 4·7 5·1
        int[] lowDigits = [2, 0, 6, 8, 0, 4, 7, 7, 4, 7, 0, 3, 9, 2, 0, 0, 0, 0, 7, 2, 9, 8, 5];
        Assert.Equal(90, lowDigits.Sum());
        Assert.True(BankAccountKey.IsValid(SberChelyabinskBik, CardAccount, out var error), error);
    }

    // Weights 7, 1 and 3 are coprime with 10, so any single wrong digit changes the sum.
    [Fact]
    public void Any_one_digit_change_fails()
    {
        for (var i = 0; i < CardAccount.Length; i++)
        {
            var changed = CardAccount[..i] + (char)('0' + (CardAccount[i] - '0' + 1) % 10) + CardAccount[(i + 1)..];
            Assert.False(BankAccountKey.IsValid(SberChelyabinskBik, changed, out var error), changed);
            Assert.Equal("Номер счёта не соответствует БИК: не сходится контрольный ключ.", error);
        }
    }

    [Theory]
    [InlineData("4081781017200001234")]
    [InlineData("408178101720000123456")]
    [InlineData("4081781017200001234A")]
    [InlineData("")]
    public void Rejects_an_account_that_is_not_20_digits(string account)
    {
        Assert.False(BankAccountKey.IsValid(SberChelyabinskBik, account, out var error));
        Assert.Equal("Номер счёта должен состоять из 20 цифр.", error);
    }

    [Theory]
    [InlineData("057501602")] // Russian BIKs begin with 04
    [InlineData("04750160")]
    [InlineData("0475016020")]
    [InlineData("04750160A")]
    public void Rejects_a_malformed_BIK(string bik)
    {
        Assert.False(BankAccountKey.IsValidBik(bik));
        Assert.False(BankAccountKey.IsValid(bik, CardAccount, out var error));
        Assert.Equal("БИК должен состоять из 9 цифр и начинаться с 04.", error);
    }

    // For a settlement-centre BIK (ending 000, 001, 002) the prefix is "0" + the 5th–6th BIK digits.
    // Real pairs: the correspondent accounts of Sberbank opened in Bank of Russia divisions.
    [Theory]
    [InlineData("044525000", "30101810400000000225")] // ГУ Банка России по ЦФО; prefix "025", not "000"
    [InlineData("047501001", "30101810700000000602")] // Отделение Челябинск; prefix "001"
    public void Settlement_centre_BIK_uses_zero_and_digits_5_and_6(string bik, string account) =>
        Assert.True(BankAccountKey.IsValid(bik, account, out var error), error);

    [Fact]
    public void Settlement_centre_prefix_is_not_the_last_three_BIK_digits()
    {
        const string account = "30101810400000000225";
        Assert.Equal(0, LowDigitSum("025", account) % 10);
        Assert.NotEqual(0, LowDigitSum("000", account) % 10);
        Assert.True(BankAccountKey.IsValid("044525000", account, out _));
    }

    private static int LowDigitSum(string prefix, string account)
    {
        int[] weights = [7, 1, 3];
        return (prefix + account).Select((c, i) => (c - '0') * weights[i % 3] % 10).Sum();
    }
}
