namespace Sobes.Domain.Common;

public static class RussianPlural
{
    /// <summary>Picks the form for 1, 2–4 and 5+ (год, года, лет), with 11–14 taking the third.</summary>
    public static string Of(long n, string one, string few, string many)
    {
        var mod100 = Math.Abs(n) % 100;
        var mod10 = mod100 % 10;
        var word = mod100 is >= 11 and <= 14 ? many : mod10 switch { 1 => one, >= 2 and <= 4 => few, _ => many };
        return $"{n} {word}";
    }

    public static string Years(long n) => Of(n, "год", "года", "лет");
}
