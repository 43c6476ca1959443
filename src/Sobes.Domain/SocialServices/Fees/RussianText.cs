using System.Globalization;

namespace Sobes.Domain.SocialServices;

/// <summary>Russian number formatting for texts printed on acts and reports.</summary>
internal static class RussianText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>Kopecks always shown; more digits only when an exact intermediate figure has them, so the printed arithmetic checks out.</summary>
    public static string Money(decimal amount) => amount.ToString("#,##0.00##", Culture) + " ₽";

    public static string Number(decimal value) => value.ToString("#,##0.####", Culture);

    public static string Percent(decimal share) => (share * 100m).ToString("0.##", Culture) + " %";
}
