namespace Sobes.Domain.Registry;

/// <summary>
/// Control key of a 20-digit account number against the bank's БИК (Bank of Russia
/// rules of 08.09.1997 № 515): the 23-digit string of three BIK-derived digits and the
/// account is multiplied digit by digit by the weights 7,1,3 repeated; the lowest digits
/// of the products must sum to a multiple of 10.
/// For a credit institution the three digits are the last three of the BIK; for an
/// account opened in a Bank of Russia settlement centre (БИК ending 000, 001 or 002)
/// they are "0" and the 5th–6th digits of the BIK.
/// </summary>
public static class BankAccountKey
{
    private static readonly int[] Weights = [7, 1, 3];

    public static bool IsValidBik(string? bik) =>
        bik is { Length: 9 } && bik.All(char.IsAsciiDigit) && bik.StartsWith("04");

    public static bool IsValid(string bik, string account, out string? error)
    {
        error = null;
        if (!IsValidBik(bik)) { error = "БИК должен состоять из 9 цифр и начинаться с 04."; return false; }
        if (account.Length != 20 || !account.All(char.IsAsciiDigit))
        {
            error = "Номер счёта должен состоять из 20 цифр.";
            return false;
        }
        var prefix = IsSettlementCentre(bik) ? "0" + bik.Substring(4, 2) : bik[6..];
        var all = prefix + account;
        var sum = 0;
        for (var i = 0; i < all.Length; i++) sum += (all[i] - '0') * Weights[i % 3] % 10;
        if (sum % 10 != 0)
        {
            error = "Номер счёта не соответствует БИК: не сходится контрольный ключ.";
            return false;
        }
        return true;
    }

    private static bool IsSettlementCentre(string bik) => bik[6..] is "000" or "001" or "002";

    /// <summary>Computes the key digit (9th digit of the account) that makes the account valid.</summary>
    public static char ComputeKey(string bik, string accountWithAnyKey)
    {
        for (var d = '0'; d <= '9'; d++)
        {
            var candidate = accountWithAnyKey[..8] + d + accountWithAnyKey[9..];
            if (IsValid(bik, candidate, out _)) return d;
        }
        throw new InvalidOperationException("No key digit satisfies the control sum.");
    }
}
