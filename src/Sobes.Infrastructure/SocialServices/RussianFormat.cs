using System.Globalization;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>Russian number formatting for texts stored with acts and reports, independent of the server's culture.</summary>
public static class RussianFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    public static string Money(decimal amount) => amount.ToString("#,##0.00", Culture) + " ₽";

    public static string Number(decimal? value) => value?.ToString("#,##0.###", Culture) ?? "—";
}
