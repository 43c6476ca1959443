namespace Sobes.Domain.Registry;

/// <summary>
/// СНИЛС, the insurance account number: 9 digits and a 2-digit checksum.
/// Checksum rule (Пенсионный фонд РФ): numbers up to 001-001-998 carry no check;
/// otherwise each of the nine digits is multiplied by its weight 9..1 from the left;
/// a sum below 100 is the checksum itself, 100 and 101 give 00, a sum above 101 is
/// reduced modulo 101 and the same rule is applied to the remainder.
/// </summary>
public readonly record struct Snils
{
    private const long LastUncheckedNumber = 1_001_998;

    /// <summary>Eleven digits, no separators.</summary>
    public string Digits { get; }

    private Snils(string digits) => Digits = digits;

    public override string ToString() =>
        $"{Digits[..3]}-{Digits[3..6]}-{Digits[6..9]} {Digits[9..]}";

    public static int ComputeChecksum(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (nineDigits[i] - '0') * (9 - i);
        return Reduce(sum);
    }

    private static int Reduce(int sum) => sum switch
    {
        < 100 => sum,
        100 or 101 => 0,
        _ => Reduce(sum % 101),
    };

    /// <summary>Accepts "112-233-445 95", "11223344595" and other spacing/dash variants.</summary>
    public static bool TryParse(string? input, out Snils snils, out string? error)
    {
        snils = default;
        error = null;
        if (string.IsNullOrWhiteSpace(input)) { error = "СНИЛС не указан."; return false; }
        var digits = new string(input.Where(c => c != '-' && c != ' ').ToArray());
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            error = "СНИЛС должен состоять из 11 цифр, например 112-233-445 95.";
            return false;
        }
        var number = long.Parse(digits[..9]);
        if (number > LastUncheckedNumber)
        {
            var expected = ComputeChecksum(digits[..9]);
            if (expected != int.Parse(digits[9..]))
            {
                error = $"Неверная контрольная сумма СНИЛС: для номера {digits[..3]}-{digits[3..6]}-{digits[6..9]} она должна быть {expected:00}.";
                return false;
            }
        }
        snils = new Snils(digits);
        return true;
    }

    public static Snils Parse(string input) =>
        TryParse(input, out var s, out var error) ? s : throw new FormatException(error);
}
