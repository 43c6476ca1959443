using System.Globalization;

namespace Sobes.Web.Areas.SocialServices;

/// <summary>Russian formatting of dates, money and figures on the module's pages.</summary>
public static class Fmt
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly string[] Months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    public static string Date(DateOnly? d) => d?.ToString("dd.MM.yyyy") ?? "—";
    public static string Money(decimal? m) => m is { } v ? v.ToString("#,##0.00", Ru) + " ₽" : "—";
    public static string Num(decimal? v) => v?.ToString("#,##0.###", Ru) ?? "—";
    public static string Month(int year, int month) => $"{Months[month - 1]} {year}";
    public static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "";
    /// <summary>A decimal for an input value: invariant, so the browser's number field reads it.</summary>
    public static string Input(decimal? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    public static string Days(int days) => days switch
    {
        0 => "сегодня",
        > 0 => "через " + Sobes.Domain.Common.RussianPlural.Of(days, "день", "дня", "дней"),
        _ => "просрочен на " + Sobes.Domain.Common.RussianPlural.Of(-days, "день", "дня", "дней"),
    };
}
